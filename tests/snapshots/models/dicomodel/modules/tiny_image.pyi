"""Tiny Image Module Attributes. Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2099a; do not edit.
"""

from dicomodel import vr
from dicomodel.enums import confocal_mode as _confocal_mode
from dicomodel.enums import modality as _modality
from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
from dicomodel.enums.modality import ModalityTerm as ModalityTerm
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.items.referenced_image_sequence_item import (
    ReferencedImageSequenceItem as ReferencedSOPSequenceItem,
)
from dicomodel.items.shared_functional_groups_sequence_item import (
    SharedFunctionalGroupsSequenceItem,
)
from dicomodel.model import DicomModel

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
    "TinyImageModule",
]

class TinyImageModule(DicomModel):
    ImageType: list[vr.CS]
    ConfocalMode: _confocal_mode.ConfocalModeValue
    Modality: _modality.ModalityTerm | vr.CS | None = ...
    ReferencedImageSequence: list[ReferencedImageSequenceItem] | None = ...
    ReferencedSOPSequence: list[ReferencedImageSequenceItem] | None = ...
    SharedFunctionalGroupsSequence: list[SharedFunctionalGroupsSequenceItem]
