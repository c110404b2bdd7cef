"""Item class BlockSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.block_divergence import BlockDivergenceValue as _BlockDivergenceValue
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPositionValue as _BlockMountingPositionValue,
    )
    from dicomodel.enums.block_type import BlockTypeValue as _BlockTypeValue
else:
    from dicomodel.lazy import Lazy

    _BlockDivergenceValue = Lazy("dicomodel.enums.block_divergence", "BlockDivergenceValue")
    _BlockMountingPositionValue = Lazy(
        "dicomodel.enums.block_mounting_position", "BlockMountingPositionValue"
    )
    _BlockTypeValue = Lazy("dicomodel.enums.block_type", "BlockTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPosition as BlockMountingPosition,
    )
    from dicomodel.enums.block_type import BlockType as BlockType

__all__ = [
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
]


class BlockSequenceItem(DicomModel):
    """An item of Block Sequence (300A,00F4), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Block Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    BlockTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00F5, "SH", "1", "3", name="Block Tray ID")
    ] = None
    """Block Tray ID (300A,00F5): Type 3, VR SH, VM 1. User-supplied identifier for block tray."""

    TrayAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0355, "LO", "1", "3", name="Tray Accessory Code")
    ] = None
    """Tray Accessory Code (300A,0355): Type 3, VR LO, VM 1. An identifier for the Tray intended to be read by a device such as a bar-code reader."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the Block intended to be read by a device such as a bar-code reader."""

    SourceToBlockTrayDistance: Annotated[
        vr.DS | None, Attribute(0x300A00F6, "DS", "1", "2", name="Source to Block Tray Distance")
    ]
    """Source to Block Tray Distance (300A,00F6): Type 2, VR DS, VM 1. Radiation Source to attachment edge of block tray assembly (mm)."""

    BlockType: Annotated[
        _BlockTypeValue,
        Attribute(
            0x300A00F8,
            "CS",
            "1",
            "1",
            name="Block Type",
            enumerated=((0, ("SHIELDING", "APERTURE")),),
        ),
    ]
    """Block Type (300A,00F8): Type 1, VR CS, VM 1. Type of block. Enumerated Values: SHIELDING blocking material is inside contour APERTURE blocking material is outside contour"""

    BlockDivergence: Annotated[
        _BlockDivergenceValue | None,
        Attribute(
            0x300A00FA,
            "CS",
            "1",
            "2",
            name="Block Divergence",
            enumerated=((0, ("PRESENT", "ABSENT")),),
        ),
    ]
    """Block Divergence (300A,00FA): Type 2, VR CS, VM 1. Indicates presence or otherwise of geometrical divergence Enumerated Values: PRESENT block edges are shaped for beam divergence ABSENT block edges are not shaped for beam divergence"""

    BlockMountingPosition: Annotated[
        _BlockMountingPositionValue | None,
        Attribute(
            0x300A00FB,
            "CS",
            "1",
            "3",
            name="Block Mounting Position",
            enumerated=((0, ("PATIENT_SIDE", "SOURCE_SIDE")),),
        ),
    ] = None
    """Block Mounting Position (300A,00FB): Type 3, VR CS, VM 1. Indicates on which side of the Block Tray the block is mounted. Enumerated Values: PATIENT_SIDE the block is mounted on the side of the Block Tray that is towards the patient."""

    BlockNumber: Annotated[vr.IS, Attribute(0x300A00FC, "IS", "1", "1", name="Block Number")]
    """Block Number (300A,00FC): Type 1, VR IS, VM 1. Identification Number of the Block. The value of Block Number (300A,00FC) shall be unique within the Beam in which it is created."""

    BlockName: Annotated[vr.LO | None, Attribute(0x300A00FE, "LO", "1", "3", name="Block Name")] = (
        None
    )
    """Block Name (300A,00FE): Type 3, VR LO, VM 1. User-defined name for block."""

    MaterialID: Annotated[vr.SH | None, Attribute(0x300A00E1, "SH", "1", "2", name="Material ID")]
    """Material ID (300A,00E1): Type 2, VR SH, VM 1. User-supplied identifier for material used to manufacture Block."""

    BlockThickness: Annotated[
        vr.DS | None, Attribute(0x300A0100, "DS", "1", "3", name="Block Thickness")
    ] = None
    """Block Thickness (300A,0100): Type 3, VR DS, VM 1. Physical thickness of block (in mm) parallel to radiation beam axis."""

    BlockNumberOfPoints: Annotated[
        vr.IS | None, Attribute(0x300A0104, "IS", "1", "2", name="Block Number of Points")
    ]
    """Block Number of Points (300A,0104): Type 2, VR IS, VM 1. Number of (x,y) pairs defining the block edge."""

    BlockData: Annotated[
        list[vr.DS] | None, Attribute(0x300A0106, "DS", "2-2n", "2", name="Block Data")
    ]
    """Block Data (300A,0106): Type 2, VR DS, VM 2-2n. A data stream of (x,y) pairs that comprise the block edge. The number of pairs shall be equal to Block Number of Points (300A,0104), and the vertices shall be interpreted as a closed polygon."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockMountingPosition": ("dicomodel.enums.block_mounting_position", "BlockMountingPosition"),
    "BlockType": ("dicomodel.enums.block_type", "BlockType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
