"""Item class ReferencedImageSequenceItem. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.model import DicomModel

__all__ = [
    "ReferencedImageSequenceItem",
]

class ReferencedImageSequenceItem(DicomModel):
    ReferencedSOPClassUID: vr.UI
    ReferencedSOPInstanceUID: vr.UI
