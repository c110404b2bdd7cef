"""Presence rules of the modules, one file per model file of dicomodel.modules.

Generated from DICOM 2099a; do not edit.
"""
