"""Item class PixelMeasuresSequenceItem. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.model import DicomModel

__all__ = [
    "PixelMeasuresSequenceItem",
]

class PixelMeasuresSequenceItem(DicomModel):
    PixelSpacing: list[vr.DS]
