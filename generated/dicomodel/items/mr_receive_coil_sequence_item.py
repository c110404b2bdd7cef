"""Item class MRReceiveCoilSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.quadrature_receive_coil import (
        QuadratureReceiveCoilValue as _QuadratureReceiveCoilValue,
    )
    from dicomodel.enums.receive_coil_type import ReceiveCoilTypeTerm as _ReceiveCoilTypeTerm
    from dicomodel.items.multi_coil_definition_sequence_item import (
        MultiCoilDefinitionSequenceItem as _MultiCoilDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultiCoilDefinitionSequenceItem = Lazy(
        "dicomodel.items.multi_coil_definition_sequence_item", "MultiCoilDefinitionSequenceItem"
    )
    _QuadratureReceiveCoilValue = Lazy(
        "dicomodel.enums.quadrature_receive_coil", "QuadratureReceiveCoilValue"
    )
    _ReceiveCoilTypeTerm = Lazy("dicomodel.enums.receive_coil_type", "ReceiveCoilTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.multi_coil_element_used import MultiCoilElementUsed as MultiCoilElementUsed
    from dicomodel.enums.quadrature_receive_coil import (
        QuadratureReceiveCoil as QuadratureReceiveCoil,
    )
    from dicomodel.enums.receive_coil_type import ReceiveCoilTypeTerm as ReceiveCoilTypeTerm
    from dicomodel.items.multi_coil_definition_sequence_item import (
        MultiCoilDefinitionSequenceItem as MultiCoilDefinitionSequenceItem,
    )

__all__ = [
    "MRReceiveCoilSequenceItem",
    "MultiCoilDefinitionSequenceItem",
    "MultiCoilElementUsed",
    "QuadratureReceiveCoil",
    "ReceiveCoilTypeTerm",
]


class MRReceiveCoilSequenceItem(DicomModel):
    """An item of MR Receive Coil Sequence (0018,9042), as first defined in MR Receive Coil Macro Attributes (C.8-94)."""

    dicom_name: ClassVar[str] = "MR Receive Coil Sequence"
    dicom_table: ClassVar[str] = "table_C.8-94"

    ReceiveCoilName: Annotated[
        vr.SH | None,
        Attribute(
            0x00181250,
            "SH",
            "1",
            "1C",
            name="Receive Coil Name",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Receive Coil Name (0018,1250): Type 1C, VR SH, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Name of receive coil used. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    ReceiveCoilManufacturerName: Annotated[
        vr.LO | None,
        Attribute(
            0x00189041,
            "LO",
            "1",
            "2C",
            name="Receive Coil Manufacturer Name",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Receive Coil Manufacturer Name (0018,9041): Type 2C, VR LO, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Name of manufacturer of receive coil. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    ReceiveCoilType: Annotated[
        _ReceiveCoilTypeTerm | vr.CS | None,
        Attribute(
            0x00189043,
            "CS",
            "1",
            "1C",
            name="Receive Coil Type",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Receive Coil Type (0018,9043): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Type of receive coil used. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Defined Terms: BODY VOLUME head, extremity, etc. SURFACE MULTICOIL"""

    QuadratureReceiveCoil: Annotated[
        _QuadratureReceiveCoilValue | None,
        Attribute(
            0x00189044,
            "CS",
            "1",
            "1C",
            name="Quadrature Receive Coil",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Quadrature Receive Coil (0018,9044): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Indicates whether the receive coil is quadrature. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Enumerated Values: YES quadrature or circularly polarized NO linear"""

    MultiCoilDefinitionSequence: Annotated[
        list[_MultiCoilDefinitionSequenceItem] | None,
        Attribute(
            0x00189045,
            "SQ",
            "1",
            "1C",
            name="Multi-Coil Definition Sequence",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189043, 0, "in", ("MULTICOIL",)),
            ),
        ),
    ] = None
    """Multi-Coil Definition Sequence (0018,9045): Type 1C, VR SQ, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Receive Coil Type (0018,9043) equals MULTICOIL. May be present otherwise only if Receive Coil Type (0018,9043) equals MULTICOIL. A Sequence that provides information regarding each element of a multi-coil. It should include Attributes for all elements, whether used in the current acquisition or not. One or more Items shall be included in this Sequence."""

    MultiCoilConfiguration: Annotated[
        vr.LO | None, Attribute(0x00189046, "LO", "1", "3", name="Multi-Coil Configuration")
    ] = None
    """Multi-Coil Configuration (0018,9046): Type 3, VR LO, VM 1. A textual description of the configuration of multi-coil elements that was used in the current acquisition."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultiCoilDefinitionSequenceItem": (
        "dicomodel.items.multi_coil_definition_sequence_item",
        "MultiCoilDefinitionSequenceItem",
    ),
    "MultiCoilElementUsed": ("dicomodel.enums.multi_coil_element_used", "MultiCoilElementUsed"),
    "QuadratureReceiveCoil": ("dicomodel.enums.quadrature_receive_coil", "QuadratureReceiveCoil"),
    "ReceiveCoilTypeTerm": ("dicomodel.enums.receive_coil_type", "ReceiveCoilTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
