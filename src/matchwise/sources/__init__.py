"""Readers for the outside sources a catalogue is merged from (no Django import).

Each reader turns one file (a program sheet, a DOL LCA disclosure file, NRMP program
results, ...) into a `rows.Source`: rows that say which program or institution they are
about and the facts they state, each fact with its evidence in words. Matching rows to
stored programs and applying the facts is the programs app's job, not the readers'.
"""
