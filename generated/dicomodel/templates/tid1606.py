"""TID 1606 Image Library Entry Descriptors for MR.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1608

__all__ = [
    "TEMPLATE",
    "ImageLibraryEntryDescriptorsForMR",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1606",
    name="Image Library Entry Descriptors for MR",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "128230", "Pulse Sequence Name"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130542", "Magnetic field strength"),
            units=(("code", "", "T", "UCUM", "Tesla"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("RADLEX", "RID10813", "MR coil"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6349"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110852", "MR signal intensity"),
            values=(("cid", "B", "6311"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130546", "Cross-sectional scan plane orientation"),
            values=(("cid", "B", "6312"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "113240", "Source image diffusion b-value"),
            vm_min=1,
            vm_max=None,
            units=(("code", "", "s/mm2", "UCUM", "s/mm2"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="1608",
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForMR(TemplatePart):
    """TID 1606 Image Library Entry Descriptors for MR."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    pulse_sequence_name: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (128230, DCM, \"Pulse Sequence Name\"), VM 1, U"""

    magnetic_field_strength: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130542, DCM, \"Magnetic field strength\"), VM 1, U; units (T, UCUM, \"Tesla\")"""

    mr_coil: list[Num] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: NUM EV (RID10813, RADLEX, \"MR coil\"), VM 1-n, U; values DCID 6349"""

    mr_signal_intensity: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (110852, DCM, \"MR signal intensity\"), VM 1, U; values BCID 6311"""

    cross_sectional_scan_plane_orientation: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130546, DCM, \"Cross-sectional scan plane orientation\"), VM 1, U; values BCID 6312"""

    source_image_diffusion_b_value: list[Num] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: NUM EV (113240, DCM, \"Source image diffusion b-value\"), VM 1-n, U; units (s/mm2, UCUM, \"s/mm2\")"""

    image_library_entry_descriptors_for_prostate_multiparametric_mr: (
        tid1608.ImageLibraryEntryDescriptorsForProstateMultiparametricMR | None
    ) = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 1608, VM 1, U"""
