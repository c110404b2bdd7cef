"""Item class OperatingModeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.operating_mode import OperatingModeTerm as _OperatingModeTerm
    from dicomodel.enums.operating_mode_type import OperatingModeTypeTerm as _OperatingModeTypeTerm
else:
    from dicomodel.lazy import Lazy

    _OperatingModeTerm = Lazy("dicomodel.enums.operating_mode", "OperatingModeTerm")
    _OperatingModeTypeTerm = Lazy("dicomodel.enums.operating_mode_type", "OperatingModeTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.operating_mode import OperatingModeTerm as OperatingModeTerm
    from dicomodel.enums.operating_mode_type import OperatingModeTypeTerm as OperatingModeTypeTerm

__all__ = [
    "OperatingModeSequenceItem",
    "OperatingModeTerm",
    "OperatingModeTypeTerm",
]


class OperatingModeSequenceItem(DicomModel):
    """An item of Operating Mode Sequence (0018,9176), as first defined in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    dicom_name: ClassVar[str] = "Operating Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.8-89"

    OperatingModeType: Annotated[
        _OperatingModeTypeTerm | vr.CS,
        Attribute(0x00189177, "CS", "1", "1", name="Operating Mode Type"),
    ]
    """Operating Mode Type (0018,9177): Type 1, VR CS, VM 1. Defined Terms: STATIC FIELD RF GRADIENT"""

    OperatingMode: Annotated[
        _OperatingModeTerm | vr.CS, Attribute(0x00189178, "CS", "1", "1", name="Operating Mode")
    ]
    """Operating Mode (0018,9178): Type 1, VR CS, VM 1. Operating mode applicable for the defined by the applicable standard. Defined Terms: IEC_NORMAL [IEC 60601-2-33] Clause 201.3.224 IEC_FIRST_LEVEL [IEC 60601-2-33] Clause 201.3.208 IEC_SECOND_LEVEL [IEC 60601-2-33] Clause 201.3.231"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OperatingModeTerm": ("dicomodel.enums.operating_mode", "OperatingModeTerm"),
    "OperatingModeTypeTerm": ("dicomodel.enums.operating_mode_type", "OperatingModeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
