"""IOD models, one module per IOD; loaded on first use.

Stub for checkers: the classes of every module of this package, in one file (each module's own stub re-exports them).

Generated from DICOM 2099a; do not edit."""

from typing import ClassVar

from dicomodel import enums as _enums
from dicomodel import items as _items
from dicomodel import vr
from dicomodel.model import DicomModel, FunctionalGroupUsage, ModuleUsage

__all__ = ["TwelveLeadTiny", "TwelveLeadTinyFunctionalGroupsItem"]

class TwelveLeadTinyFunctionalGroupsItem(DicomModel):
    """An item of the Shared or Per-Frame Functional Groups Sequence of the 12-Lead Tiny IOD (PS3.3 Table table_A-2)."""

    dicom_name: ClassVar[str]
    dicom_table: ClassVar[str]
    PixelMeasuresSequence: list[_items.PixelMeasuresSequenceItem] | None = None
    "PixelMeasuresSequence (0028,9110): Type 1, VR SQ, VM 1."

class TwelveLeadTiny(DicomModel):
    """12-Lead Tiny IOD (PS3.3 Table A-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str]
    dicom_table: ClassVar[str]
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]]
    dicom_functional_groups: ClassVar[tuple[FunctionalGroupUsage, ...]]
    PatientName: vr.PN | None = None
    "PatientName (0010,0010): Type 2, VR PN, VM 1."
    ImageType: list[vr.CS]
    "ImageType (0008,0008): Type 1, VR CS, VM 2-n."
    ConfocalMode: _enums.ConfocalModeValue
    "ConfocalMode (0048,0114): Type 1, VR CS, VM 1."
    Modality: _enums.ModalityTerm | vr.CS | None = None
    "Modality (0008,0060): Type 3, VR CS, VM 1."
    ReferencedImageSequence: list[_items.ReferencedImageSequenceItem] | None = None
    "ReferencedImageSequence (0008,1140): Type 3, VR SQ, VM 1."
    ReferencedSOPSequence: list[_items.ReferencedImageSequenceItem] | None = None
    "ReferencedSOPSequence (0008,1199): Type 1C, VR SQ, VM 1. Required if there is one."
    SharedFunctionalGroupsSequence: list[TwelveLeadTinyFunctionalGroupsItem]
    "SharedFunctionalGroupsSequence (5200,9229): Type 1, VR SQ, VM 1."

def for_sop_class(uid: str) -> type[DicomModel]:
    """The IOD model that defines the SOP class ``uid`` (PS3.4 Table B.5-1 and others)."""
