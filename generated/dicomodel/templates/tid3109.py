"""TID 3109 Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid310, tid3010

__all__ = [
    "TEMPLATE",
    "Measurements",
    "MeasurementsNum1",
    "MeasurementsCode4",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3109",
    name="Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="NUM", requirement="U"),
        RowDef(key="2", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="310",
        ),
        RowDef(key="4", nesting=0, value_type="CODE", requirement="U"),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class Measurements(TemplatePart):
    """TID 3109 Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    num_1: MeasurementsNum1 | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM -, VM 1, U"""

    code_4: MeasurementsCode4 | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE -, VM 1, U"""


@dataclass(kw_only=True)
class MeasurementsNum1(TemplatePart):
    """Row 1 of TID 3109."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Num
    """The value of row 1 (NUM)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3010, VM 1, U"""

    measurement_properties: tid310.MeasurementProperties | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 310, VM 1, U"""


@dataclass(kw_only=True)
class MeasurementsCode4(TemplatePart):
    """Row 4 of TID 3109."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Code
    """The value of row 4 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3010, VM 1, U"""
