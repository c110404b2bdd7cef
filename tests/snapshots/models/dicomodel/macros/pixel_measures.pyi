"""Pixel Measures Macro Attributes. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.items.pixel_measures_sequence_item import PixelMeasuresSequenceItem
from dicomodel.model import DicomModel

__all__ = [
    "PixelMeasuresMacro",
    "PixelMeasuresSequenceItem",
]

class PixelMeasuresMacro(DicomModel):
    PixelMeasuresSequence: list[PixelMeasuresSequenceItem]
