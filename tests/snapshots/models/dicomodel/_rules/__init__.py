"""Presence rules of every module and macro table, as plain data: what validation walks, so that checking an IOD creates no module class (issue 16).

Generated from DICOM 2099a; do not edit.
"""
