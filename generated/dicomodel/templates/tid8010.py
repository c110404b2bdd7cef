"""TID 8010 Slide Imaging Parameters.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SlideImagingParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8010",
    name="Slide Imaging Parameters",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112706", "Illumination Method"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "8123"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "112707", "Number of focal planes"),
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
            units=(("code", "EV", "{planes}", "UCUM", "planes"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "112707", "Number of focal planes"),
            condition="XOR Row 2",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            forbidden_if=("row_present", "2"),
            values=(("code", "DT", "112714", "DCM", "Multiple planes"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "112708", "Focal plane Z offset"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "um", "UCUM", "um"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112709", "Magnification selection"),
            values=(("cid", "D", "8132"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "112710", "Illumination wavelength"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "nm", "UCUM", "nm"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112711", "Illumination spectral band"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "8122"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112712", "Optical filter type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "8124"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112713", "Tissue selection method"),
            values=(("cid", "D", "8133"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SlideImagingParameters(TemplatePart):
    """TID 8010 Slide Imaging Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    illumination_method: list[groups.Cid8123Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (112706, DCM, \"Illumination Method\"), VM 1-n, U; values DCID 8123"""

    number_of_focal_planes: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (112707, DCM, \"Number of focal planes\"), VM 1, UC: XOR Row 3; units EV ({planes}, UCUM, \"planes\")"""

    number_of_focal_planes_row_3: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (112707, DCM, \"Number of focal planes\"), VM 1, UC: XOR Row 2; values DT (112714, DCM, \"Multiple planes\")"""

    focal_plane_z_offset: list[Num] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM EV (112708, DCM, \"Focal plane Z offset\"), VM 1-n, U; units EV (um, UCUM, \"um\")"""

    magnification_selection: groups.Cid8132Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (112709, DCM, \"Magnification selection\"), VM 1, U; values DCID 8132"""

    illumination_wavelength: list[Num] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: NUM EV (112710, DCM, \"Illumination wavelength\"), VM 1-n, U; units EV (nm, UCUM, \"nm\")"""

    illumination_spectral_band: list[groups.Cid8122Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (112711, DCM, \"Illumination spectral band\"), VM 1-n, U; values DCID 8122"""

    optical_filter_type: list[groups.Cid8124Code] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (112712, DCM, \"Optical filter type\"), VM 1-n, U; values DCID 8124"""

    tissue_selection_method: groups.Cid8133Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (112713, DCM, \"Tissue selection method\"), VM 1, U; values DCID 8133"""
