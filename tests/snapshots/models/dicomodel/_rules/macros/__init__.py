"""Presence rules of the macros, one file per model file of dicomodel.macros.

Generated from DICOM 2099a; do not edit.
"""
