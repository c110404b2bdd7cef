"""Sequence item models shared by modules, macros and IODs; loaded on first use.

Stub for checkers: the classes of every module of this package, in one file (each module's own stub re-exports them).

Generated from DICOM 2099a; do not edit."""

from typing import ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.model import DicomModel

__all__ = [
    "PixelMeasuresSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
]

class PixelMeasuresSequenceItem(DicomModel):
    """An item of PixelMeasuresSequence (0028,9110), as first defined in Pixel Measures Macro Attributes (M-1)."""

    dicom_name: ClassVar[str]
    dicom_table: ClassVar[str]
    PixelSpacing: list[vr.DS]
    "PixelSpacing (0028,0030): Type 1, VR DS, VM 2."

class ReferencedImageSequenceItem(DicomModel):
    """An item of ReferencedImageSequence (0008,1140), as first defined in Tiny Image Module Attributes (T-1)."""

    dicom_name: ClassVar[str]
    dicom_table: ClassVar[str]
    ReferencedSOPClassUID: vr.UI
    "ReferencedSOPClassUID (0008,1150): Type 1, VR UI, VM 1."
    ReferencedSOPInstanceUID: vr.UI
    "ReferencedSOPInstanceUID (0008,1155): Type 1, VR UI, VM 1."

class SharedFunctionalGroupsSequenceItem(DicomModel):
    """An item of SharedFunctionalGroupsSequence (5200,9229), as first defined in Tiny Image Module Attributes (T-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str]
    dicom_table: ClassVar[str]

ReferencedSOPSequenceItem = ReferencedImageSequenceItem
