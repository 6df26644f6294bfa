"""Runs the official FEAL code (JiayiChen815/FEAL, main_cls_al.py, unchanged) on MNIST on the CPU, for falbench's
parity run (docs/parity.md, "FEAL against its authors' code"). Outside the falbench repository; no line of the
reference is changed. Stand-ins, installed before main_cls_al.py runs:
  - data.dataset.generate_dataset: MNIST (falbench's SHA-256-verified copy), pixels / 255 (falbench's MNIST
    normalisation: none), split IID over the 4 clients by a permutation seeded with --seed; each client's test set is
    the whole MNIST test set; items as the reference's Fed-ISIC items (idx, {'image', 'label'});
  - model.efficientnet.EfficientNetB0: falbench's MLP (784-256-128, ReLU, linear head of 10 classes), returning
    (logits, softmax, embedding, [embedding as N x 128 x 1 x 1]): the relaxation's 3 x 3 pooled block feature is then
    the penultimate embedding repeated 9 times, whose cosine similarities are the embedding's (falbench's features);
  - utils.utils.cnt_sample_num counts 10 classes (main_cls_al.py hard-codes Fed-ISIC's 8);
  - torchmetrics.functional.pairwise.pairwise_cosine_similarity as torchmetrics defines it for two inputs (rows
    divided by their L2 norms, then their products), torch.utils.tensorboard.SummaryWriter as a no-op (neither is
    packaged by Debian);
  - Tensor.cuda and Module.cuda return the CPU object.
Usage: python3 run_feal.py REFERENCE_DIR MNIST_DIR [main_cls_al.py arguments...]
"""
import os
import runpy
import struct
import sys
import types

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

reference, mnist_dir, args = sys.argv[1], sys.argv[2], sys.argv[3:]

torch.Tensor.cuda = lambda self, *a, **k: self
nn.Module.cuda = lambda self, *a, **k: self


def idx(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic, n = struct.unpack('>II', data[:8])
    if magic == 2051:
        return np.frombuffer(data, np.uint8, offset=16).reshape(n, 1, 28, 28)
    return np.frombuffer(data, np.uint8, offset=8)


train_x = idx(os.path.join(mnist_dir, 'train-images-idx3-ubyte')).astype(np.float32) / 255
train_y = idx(os.path.join(mnist_dir, 'train-labels-idx1-ubyte')).astype(np.int64)
test_x = idx(os.path.join(mnist_dir, 't10k-images-idx3-ubyte')).astype(np.float32) / 255
test_y = idx(os.path.join(mnist_dir, 't10k-labels-idx1-ubyte')).astype(np.int64)
seed = int(args[args.index('--seed') + 1]) if '--seed' in args else 0
parts = np.array_split(np.random.RandomState(seed).permutation(len(train_y)), 4)


class Items(torch.utils.data.Dataset):
    def __init__(self, x, y):
        self.x, self.y = torch.from_numpy(x), torch.from_numpy(y)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return i, {'image': self.x[i], 'label': self.y[i]}


def generate_dataset(dataset, fl_method, client_idx, args):
    train = Items(train_x[parts[client_idx]], train_y[parts[client_idx]])
    return train, train, Items(test_x, test_y)


class MLP(nn.Module):
    def __init__(self, num_classes=8, pretrained=True):
        super().__init__()
        self.hidden = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU())
        self.fc = nn.Linear(128, 10)

    def forward(self, x):
        h = self.hidden(x)
        out = self.fc(h)
        return out, F.softmax(out, dim=-1), h, [h[:, :, None, None]]


def pairwise_cosine_similarity(x, y=None, reduction=None, zero_diagonal=None):
    y = x if y is None else y
    x = x / torch.norm(x, p=2, dim=1).unsqueeze(1)
    y = y / torch.norm(y, p=2, dim=1).unsqueeze(1)
    return x @ y.T


class SummaryWriter:
    def __init__(self, *a, **k):
        pass

    def add_scalar(self, *a, **k):
        pass

    def close(self):
        pass


def module(name, **attributes):
    m = types.ModuleType(name)
    m.__dict__.update(attributes)
    sys.modules[name] = m
    return m


os.chdir(reference)
sys.path.insert(0, reference)
module('data.dataset', generate_dataset=generate_dataset)
module('model.efficientnet', EfficientNetB0=MLP)
module('torchmetrics')
module('torchmetrics.functional')
module('torchmetrics.functional.pairwise', pairwise_cosine_similarity=pairwise_cosine_similarity)
module('torch.utils.tensorboard', SummaryWriter=SummaryWriter)
import utils.utils  # noqa: E402  (the reference's module, patched below)
count = utils.utils.cnt_sample_num
utils.utils.cnt_sample_num = lambda loader, num_classes: count(loader, 10)
sys.argv = ['main_cls_al.py'] + args
runpy.run_path('main_cls_al.py', run_name='__main__')
