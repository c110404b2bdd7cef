"""TID 3756 Waveform Library Entry Descriptors.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3757

__all__ = [
    "TEMPLATE",
    "WaveformLibraryEntryDescriptors",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3756",
    name="Waveform Library Entry Descriptors",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121139", "Modality"),
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="DATE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111060", "Study Date"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111061", "Study Time"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="DATE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111018", "Content Date"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111019", "Content Time"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130884", "Acquisition DateTime"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130885", "Synchronization Frame of Reference UID"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3757",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformLibraryEntryDescriptors(TemplatePart):
    """TID 3756 Waveform Library Entry Descriptors."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    modality: groups.Cid29Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121139, DCM, \"Modality\"), VM 1, U; values DCID 29"""

    study_date: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATE EV (111060, DCM, \"Study Date\"), VM 1, U"""

    study_time: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TIME EV (111061, DCM, \"Study Time\"), VM 1, U"""

    content_date: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATE EV (111018, DCM, \"Content Date\"), VM 1, U"""

    content_time: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TIME EV (111019, DCM, \"Content Time\"), VM 1, U"""

    acquisition_datetime: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: DATETIME EV (130884, DCM, \"Acquisition DateTime\"), VM 1, U"""

    synchronization_frame_of_reference_uid: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: UIDREF EV (130885, DCM, \"Synchronization Frame of Reference UID\"), VM 1, U"""

    waveform_library_entry_multiplex_group_descriptors: list[
        tid3757.WaveformLibraryEntryMultiplexGroupDescriptors
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 3757, VM 1-n, U"""
