/**
 * The torch {@code .pt} codec of the artifact store (SPEC §2.4): read and write the zip + pickle files that
 * {@code torch.save} produces, without Python and without ever executing anything from a file.
 *
 * <ul>
 * <li>{@link ttt.workbench.store.pt.TorchFileReader} / {@link ttt.workbench.store.pt.TorchFileWriter}: any value ↔ file.
 * <li>{@link ttt.workbench.store.pt.PlasticState}, {@link ttt.workbench.store.pt.BaseCheckpoint},
 * {@link ttt.workbench.store.pt.OptimizerState} (with {@link ttt.workbench.store.pt.ParamGroup}): the three files of
 * the store, with key, type and shape checks.
 * <li>Value types: {@link ttt.workbench.store.pt.FloatTensor}, {@link ttt.workbench.store.pt.PyTuple},
 * {@link ttt.workbench.store.pt.PyOrderedDict}; dict → LinkedHashMap, list → ArrayList, int → Long, float → Double,
 * bool → Boolean, None → null, str → String.
 * <li>Every problem with a file's content is a {@link ttt.workbench.store.pt.PtFormatException} that names the file.
 * </ul>
 *
 * <p>Security: the pickle may only name {@code collections.OrderedDict}, {@code torch._utils._rebuild_tensor_v2} and
 * {@code torch.FloatStorage}; everything else is refused when its opcode is read. Sizes are checked against
 * {@link ttt.workbench.store.pt.PtLimits} before anything is allocated.
 */
package ttt.workbench.store.pt;
