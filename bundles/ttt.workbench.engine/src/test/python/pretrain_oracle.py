"""Independent torch oracle for base pretraining (SPEC §3 and §3.1), written for the engine's tests.

Not the reference's code: a direct transcription of the SPEC — the random draws in the reference's order from the
global generator, the DiagStableSSM forward, the hidden-mu environment batched in float32, loss = mean over steps of
the per-step MSE, and the *fallback* Muon (what the reference uses on torch < 2.9) on W_u, B, W_o.

stdin: JSON {seed, steps, batch, seq, u_dim, n_state, dynamics ("linear"|"nonlinear"), dt, lr, momentum, nesterov,
weight_decay, ns_steps, eps, ns_abc}
stdout: JSON {init: {W_u, B, W_o, a_raw} (nested lists, float32 values), losses: [float per step]}
"""
import json
import sys

import torch
import torch.nn.functional as F

Z_DIM, ACT_DIM = 4, 2


def newton_schulz(g, steps, eps, abc):
    a, b, c = abc
    x = g / (g.norm() + eps)
    transposed = x.shape[0] > x.shape[1]
    if transposed:
        x = x.T
    for _ in range(steps):
        s = x @ x.T
        m = b * s + c * (s @ s)
        x = a * x + m @ x
    return x.T if transposed else x


def main():
    cfg = json.load(sys.stdin)
    torch.set_num_threads(1)
    torch.manual_seed(cfg["seed"])
    w_u = torch.randn(cfg["u_dim"], Z_DIM + ACT_DIM) * 0.02
    b = torch.randn(cfg["n_state"], cfg["u_dim"]) * 0.02
    w_o = torch.randn(Z_DIM, cfg["n_state"]) * 0.02
    a_raw = torch.randn(cfg["n_state"]) * 0.02
    init = {"W_u": w_u.tolist(), "B": b.tolist(), "W_o": w_o.tolist(), "a_raw": a_raw.tolist()}
    decay = torch.exp(-F.softplus(a_raw) * cfg["dt"])
    params = [w_u.requires_grad_(), b.requires_grad_(), w_o.requires_grad_()]
    bufs = [torch.zeros_like(p) for p in params]
    m, lr, wd = cfg["momentum"], cfg["lr"], cfg["weight_decay"]
    n, seq = cfg["batch"], cfg["seq"]
    losses = []
    for _ in range(cfg["steps"]):
        actions = torch.randn(n, seq, ACT_DIM) * 0.5
        mu = torch.tensor(torch.empty(n).uniform_(0.02, 0.25).tolist())
        pos = torch.zeros(n, 2)
        vel = torch.zeros(n, 2)
        h = torch.zeros(n, cfg["n_state"])
        step_losses = []
        for t in range(seq):
            a = actions[:, t]
            x = torch.cat([pos, vel, a], dim=-1)
            h = decay * h + (x @ w_u.T) @ b.T
            pred = h @ w_o.T
            if cfg["dynamics"] == "linear":
                mu_eff = mu
            else:
                speed = torch.linalg.norm(vel, dim=-1)
                mu_eff = torch.where(speed < mu * 2.0, torch.clamp(mu * 2.0, max=0.95), torch.clamp(mu * 0.5, min=0.0))
            vel = (1.0 - mu_eff).unsqueeze(-1) * vel + a
            pos = pos + vel * 1.0
            step_losses.append(F.mse_loss(pred, torch.cat([pos, vel], dim=-1)))
        loss = torch.stack(step_losses).mean()
        for p in params:
            p.grad = None
        loss.backward()
        losses.append(loss.item())
        with torch.no_grad():
            for p, buf in zip(params, bufs):
                g = p.grad
                buf.mul_(m).add_(g)
                upd = g + m * buf if cfg["nesterov"] else buf
                o = newton_schulz(upd, cfg["ns_steps"], cfg["eps"], cfg["ns_abc"])
                p.mul_(1 - lr * wd)
                p.add_(o, alpha=-lr)
    json.dump({"init": init, "losses": losses}, sys.stdout)


main()
