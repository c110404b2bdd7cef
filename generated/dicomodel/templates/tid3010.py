"""TID 3010 Log Entry Qualifiers.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1000

__all__ = [
    "TEMPLATE",
    "LogEntryQualifiers",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3010",
    name="Log Entry Qualifiers",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121124", "Procedure Action ID"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121151", "Lesion Identifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121125", "DateTime of Recording of Log Entry"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            relationship="INFERRED FROM",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="WAVEFORM",
            requirement="U",
            relationship="INFERRED FROM",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            relationship="INFERRED FROM",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121135", "Observation DateTime Qualifier"),
            values=(("cid", "D", "3430"),),
        ),
    ),
)


@dataclass(kw_only=True)
class LogEntryQualifiers(TemplatePart):
    """TID 3010 Log Entry Qualifiers."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "1"})
    """Row 1: INCLUDE DTID 1000, VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    procedure_action_id: list[str] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: TEXT EV (121124, DCM, \"Procedure Action ID\"), VM 1-n, U"""

    lesion_identifier: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT EV (121151, DCM, \"Lesion Identifier\"), VM 1-n, U"""

    datetime_of_recording_of_log_entry: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: DATETIME EV (121125, DCM, \"DateTime of Recording of Log Entry\"), VM 1, U"""

    image_6: list[Reference] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1-n, U"""

    waveform_7: list[Reference] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: WAVEFORM -, VM 1-n, U"""

    composite_8: list[Reference] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: COMPOSITE -, VM 1-n, U"""

    observation_datetime_qualifier: groups.Cid3430Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (121135, DCM, \"Observation DateTime Qualifier\"), VM 1, U; values DCID 3430"""
