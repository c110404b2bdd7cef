"""Presence rules of the macros, one file per model file of dicomodel.macros.

Generated from DICOM 2024c; do not edit.
"""
