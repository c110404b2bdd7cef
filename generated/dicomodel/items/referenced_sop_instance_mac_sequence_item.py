"""Item class ReferencedSOPInstanceMACSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as _MACAlgorithmTerm
else:
    from dicomodel.lazy import Lazy

    _MACAlgorithmTerm = Lazy("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm")

if TYPE_CHECKING:
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm

__all__ = [
    "MACAlgorithmTerm",
    "ReferencedSOPInstanceMACSequenceItem",
]


class ReferencedSOPInstanceMACSequenceItem(DicomModel):
    """An item of Referenced SOP Instance MAC Sequence (0400,0403), as first defined in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Instance MAC Sequence"
    dicom_table: ClassVar[str] = "table_10.42-1"

    MACCalculationTransferSyntaxUID: Annotated[
        vr.UI, Attribute(0x04000010, "UI", "1", "1", name="MAC Calculation Transfer Syntax UID")
    ]
    """MAC Calculation Transfer Syntax UID (0400,0010): Type 1, VR UI, VM 1. The Transfer Syntax UID used to encode the values of the Data Elements included in the MAC calculation. When computing the MAC, only Transfer Syntaxes that explicitly include the VR and use Little Endian encoding shall be used."""

    MACAlgorithm: Annotated[
        _MACAlgorithmTerm | vr.CS, Attribute(0x04000015, "CS", "1", "1", name="MAC Algorithm")
    ]
    """MAC Algorithm (0400,0015): Type 1, VR CS, VM 1. The algorithm used in generating the MAC. For Defined Terms, see Table C.12.1.1.3.1.2-1, “Defined Terms for MAC Algorithm (0400,0015)”."""

    DataElementsSigned: Annotated[
        list[vr.AT], Attribute(0x04000020, "AT", "1-n", "1", name="Data Elements Signed")
    ]
    """Data Elements Signed (0400,0020): Type 1, VR AT, VM 1-n. A list of Data Element Tags in the order they appear at the top level of the referenced SOP Instance that identify the Data Elements used in creating the MAC. See Section C.12.1.1.3.1.1."""

    MAC: Annotated[vr.OB, Attribute(0x04000404, "OB", "1", "1", name="MAC")]
    """MAC (0400,0404): Type 1, VR OB, VM 1. The MAC generated as described in Section C.12.1.1.3, but unencrypted and without inclusion of fields from the Digital Signatures Sequence. See Section C.12.1.1.3.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
