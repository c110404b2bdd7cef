"""Item class OCTBscanAnalysisAcquisitionParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScanPatternTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    "ScanPatternTypeCodeSequenceItem",
]


class OCTBscanAnalysisAcquisitionParametersSequenceItem(DicomModel):
    """An item of OCT B-scan Analysis Acquisition Parameters Sequence (0022,1640), as first defined in Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Image Module Attributes (C.8.17.16-1)."""

    dicom_name: ClassVar[str] = "OCT B-scan Analysis Acquisition Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.16-1"

    ScanPatternTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221618, "SQ", "1", "1", name="Scan Pattern Type Code Sequence"),
    ]
    """Scan Pattern Type Code Sequence (0022,1618): Type 1, VR SQ, VM 1. The scan pattern type used to generate this SOP Instance. Only a single Item shall be included in this Sequence."""

    NumberOfBscansPerFrame: Annotated[
        vr.UL, Attribute(0x00221642, "UL", "1", "1", name="Number Of B-scans Per Frame")
    ]
    """Number Of B-scans Per Frame (0022,1642): Type 1, VR UL, VM 1. The number of B-scans performed at the same spatial location (B-scan slab). See Section C.8.17.16.2 for further explanation."""

    BscanSlabThickness: Annotated[
        vr.FL, Attribute(0x00221643, "FL", "1", "1", name="B-scan Slab Thickness")
    ]
    """B-scan Slab Thickness (0022,1643): Type 1, VR FL, VM 1. Nominal thickness of each B-scan slab, in mm. See Section C.8.17.16.2 for further explanation."""

    DistanceBetweenBscanSlabs: Annotated[
        vr.FL, Attribute(0x00221644, "FL", "1", "1", name="Distance Between B-scan Slabs")
    ]
    """Distance Between B-scan Slabs (0022,1644): Type 1, VR FL, VM 1. Nominal distance between adjacent B-scan slabs, in mm. See Section C.8.17.16.2 for further explanation."""

    BscanCycleTime: Annotated[
        vr.FL | None,
        Attribute(
            0x00221645,
            "FL",
            "1",
            "1C",
            name="B-scan Cycle Time",
            when=("not", ("present", 0x00221646)),
        ),
    ] = None
    """B-scan Cycle Time (0022,1645): Type 1C, VR FL, VM 1. Required if B-scan Cycle Time Vector (0022,1646) is absent. Nominal time (in msec) between individual B-scans. See Section C.8.17.16.1.1 for further explanation. Required if B-scan Cycle Time Vector (0022,1646) is absent."""

    BscanCycleTimeVector: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00221646,
            "FL",
            "1-n",
            "1C",
            name="B-scan Cycle Time Vector",
            when=("not", ("present", 0x00221645)),
        ),
    ] = None
    """B-scan Cycle Time Vector (0022,1646): Type 1C, VR FL, VM 1-n. Required if B-scan Cycle Time (0022,1645) is absent. An array that contains the real time increments (in msec) between B-scans. See Section C.8.17.16.1.1 for further explanation. Required if B-scan Cycle Time (0022,1645) is absent. scan time + latency between B-scans"""

    AscanRate: Annotated[
        vr.FL | None, Attribute(0x00221649, "FL", "1", "3", name="A-scan Rate")
    ] = None
    """A-scan Rate (0022,1649): Type 3, VR FL, VM 1. Frequency, in kHz, of the A-scan used to acquire the raw image data."""

    BscanRate: Annotated[
        vr.FL | None, Attribute(0x00221650, "FL", "1", "3", name="B-scan Rate")
    ] = None
    """B-scan Rate (0022,1650): Type 3, VR FL, VM 1. Frequency, in Hz, of the B-scan used to acquire the raw image data."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ScanPatternTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
