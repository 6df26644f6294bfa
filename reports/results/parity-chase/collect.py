"""Collects the reference's accuracy per round from its runs' logs (the `|---- Test Accuracy: X%` line main.py prints
after each round: the global model on the 10,000 MNIST test images) into CSV rows seed,round,accuracy (round from 0,
as falbench's). falbench's code. Usage: python3 collect.py SEED=LOG [SEED=LOG ...] > reference.csv
"""
import re
import sys

print('seed,round,accuracy')
for argument in sys.argv[1:]:
    seed, log = argument.split('=', 1)
    with open(log) as f:
        values = re.findall(r'^\|---- Test Accuracy: ([0-9.]+)%', f.read(), re.M)
    for round_index, value in enumerate(values):
        print(f'{seed},{round_index},{value}')
