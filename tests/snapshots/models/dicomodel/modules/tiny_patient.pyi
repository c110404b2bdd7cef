"""Tiny Patient Module Attributes. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.model import DicomModel

__all__ = [
    "TinyPatientModule",
]

class TinyPatientModule(DicomModel):
    PatientName: vr.PN | None
