#!/usr/bin/env python3
"""Checks this held-out set's gold against its corpus: eval/check_gold.py does the work for every set from heldout3 on.
Usage: python3 eval/heldout36/check_gold.py [--unlisted]"""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "check_gold.py"), HERE, *sys.argv[1:]]))
