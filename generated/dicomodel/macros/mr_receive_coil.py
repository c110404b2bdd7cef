"""MR Receive Coil Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_receive_coil_sequence_item import (
        MRReceiveCoilSequenceItem as _MRReceiveCoilSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRReceiveCoilSequenceItem = Lazy(
        "dicomodel.items.mr_receive_coil_sequence_item", "MRReceiveCoilSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.multi_coil_element_used import MultiCoilElementUsed as MultiCoilElementUsed
    from dicomodel.enums.quadrature_receive_coil import (
        QuadratureReceiveCoil as QuadratureReceiveCoil,
    )
    from dicomodel.enums.receive_coil_type import ReceiveCoilTypeTerm as ReceiveCoilTypeTerm
    from dicomodel.items.mr_receive_coil_sequence_item import (
        MRReceiveCoilSequenceItem as MRReceiveCoilSequenceItem,
    )
    from dicomodel.items.multi_coil_definition_sequence_item import (
        MultiCoilDefinitionSequenceItem as MultiCoilDefinitionSequenceItem,
    )

__all__ = [
    "MRReceiveCoilMacro",
    "MRReceiveCoilSequenceItem",
    "MultiCoilDefinitionSequenceItem",
    "MultiCoilElementUsed",
    "QuadratureReceiveCoil",
    "ReceiveCoilTypeTerm",
]


class MRReceiveCoilMacro(DicomModel):
    """MR Receive Coil Macro Attributes (PS3.3 Table C.8-94)."""

    dicom_name: ClassVar[str] = "MR Receive Coil"
    dicom_table: ClassVar[str] = "table_C.8-94"

    MRReceiveCoilSequence: Annotated[
        list[_MRReceiveCoilSequenceItem],
        Attribute(0x00189042, "SQ", "1", "1", name="MR Receive Coil Sequence"),
    ]
    """MR Receive Coil Sequence (0018,9042): Type 1, VR SQ, VM 1. A Sequence that provides information about each receive coil used. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRReceiveCoilSequenceItem": (
        "dicomodel.items.mr_receive_coil_sequence_item",
        "MRReceiveCoilSequenceItem",
    ),
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
