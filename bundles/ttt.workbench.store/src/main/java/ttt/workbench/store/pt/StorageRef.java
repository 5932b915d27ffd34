package ttt.workbench.store.pt;

/**
 * What a storage persistent id resolves to while unpickling: the storage's key and its float32 values. It only
 * ever appears as the first argument of {@code _rebuild_tensor_v2}; left anywhere else in the result, the reader
 * refuses the file.
 */
record StorageRef(String key, float[] values) {
}
