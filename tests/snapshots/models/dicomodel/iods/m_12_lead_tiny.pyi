"""12-Lead Tiny IOD. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.enums import confocal_mode as _confocal_mode
from dicomodel.enums import modality as _modality
from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
from dicomodel.enums.modality import ModalityTerm as ModalityTerm
from dicomodel.items.pixel_measures_sequence_item import PixelMeasuresSequenceItem
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.items.referenced_image_sequence_item import (
    ReferencedImageSequenceItem as ReferencedSOPSequenceItem,
)
from dicomodel.model import DicomModel, FunctionalGroupUsage, ModuleUsage

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
    "PixelMeasuresSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "TwelveLeadTiny",
    "TwelveLeadTinyFunctionalGroupsItem",
]

class TwelveLeadTinyFunctionalGroupsItem(DicomModel):
    PixelMeasuresSequence: list[PixelMeasuresSequenceItem] | None = ...

class TwelveLeadTiny(DicomModel):
    PatientName: vr.PN | None = ...
    ImageType: list[vr.CS]
    ConfocalMode: _confocal_mode.ConfocalModeValue
    Modality: _modality.ModalityTerm | vr.CS | None = ...
    ReferencedImageSequence: list[ReferencedImageSequenceItem] | None = ...
    ReferencedSOPSequence: list[ReferencedImageSequenceItem] | None = ...
    SharedFunctionalGroupsSequence: list[TwelveLeadTinyFunctionalGroupsItem]
