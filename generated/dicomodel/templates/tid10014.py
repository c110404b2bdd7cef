"""TID 10014 Scanning Length.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ScanningLength",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10014",
    name="Scanning Length",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "113825", "Scanning Length"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113893", "Length of Reconstructable Volume"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "113899", "Exposed Range"),
            condition='IFF TID 10013 “CT Irradiation Event Data” Row 4 CT Acquisition Type equals (116152004, SCT, "Spiral Acquisition")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10013 “CT Irradiation Event Data” Row 4 CT Acquisition Type equals §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 10013 “CT Irradiation Event Data” Row 4 CT Acquisition Type equals §0",
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113895", "Top Z Location of Reconstructable Volume"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113896", "Bottom Z Location of Reconstructable Volume"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113897", "Top Z Location of Scanning Length"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113898", "Bottom Z Location of Scanning Length"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="UIDREF",
            requirement="MC",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
            condition="IF any of Rows 4 through 7 or Row 34e of TID 10013 are present.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: any of Rows 4 through 7 or Row 34e of TID 10013 are present",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ScanningLength(TemplatePart):
    """TID 10014 Scanning Length."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    scanning_length: Num = field(metadata={"row": "1"})
    """Row 1: NUM EV (113825, DCM, \"Scanning Length\"), VM 1, M; units EV (mm, UCUM, \"mm\")"""

    length_of_reconstructable_volume: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (113893, DCM, \"Length of Reconstructable Volume\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    exposed_range: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (113899, DCM, \"Exposed Range\"), VM 1, UC: IFF TID 10013 “CT Irradiation Event Data” Row 4 CT Acquisition Type equals (116152004, SCT, \"Spiral Acquisition\"); units EV (mm, UCUM, \"mm\")"""

    top_z_location_of_reconstructable_volume: Num | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (113895, DCM, \"Top Z Location of Reconstructable Volume\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    bottom_z_location_of_reconstructable_volume: Num | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (113896, DCM, \"Bottom Z Location of Reconstructable Volume\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    top_z_location_of_scanning_length: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113897, DCM, \"Top Z Location of Scanning Length\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    bottom_z_location_of_scanning_length: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (113898, DCM, \"Bottom Z Location of Scanning Length\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    frame_of_reference_uid: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, MC: IF any of Rows 4 through 7 or Row 34e of TID 10013 are present."""
