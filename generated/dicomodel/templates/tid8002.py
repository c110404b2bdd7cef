"""TID 8002 Specimen Sampling.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SpecimenSampling",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8002",
    name="Specimen Sampling",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111704", "Sampling Method"),
            values=(("cid", "B", "8110"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "111705", "Parent Specimen Identifier"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111706", "Issuer of Parent Specimen Identifier"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111707", "Parent specimen type"),
            values=(("cid", "B", "8103"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111708", "Position Frame of Reference"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111709", "Location of sampling site"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111710", "Location of sampling site X offset"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111711", "Location of sampling site Y offset"),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111712", "Location of sampling site Z offset"),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            concept=Code("DCM", "111709", "Location of sampling site"),
        ),
    ),
)


@dataclass(kw_only=True)
class SpecimenSampling(TemplatePart):
    """TID 8002 Specimen Sampling."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    sampling_method: groups.Cid8110Code | Code = field(metadata={"row": "1"})
    """Row 1: CODE DT (111704, DCM, \"Sampling Method\"), VM 1, M; values BCID 8110"""

    parent_specimen_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT DT (111705, DCM, \"Parent Specimen Identifier\"), VM 1, M"""

    issuer_of_parent_specimen_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT DT (111706, DCM, \"Issuer of Parent Specimen Identifier\"), VM 1, U"""

    parent_specimen_type: groups.Cid8103Code | Code = field(metadata={"row": "4"})
    """Row 4: CODE DT (111707, DCM, \"Parent specimen type\"), VM 1, M; values BCID 8103"""

    position_frame_of_reference: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT DT (111708, DCM, \"Position Frame of Reference\"), VM 1, U"""

    location_of_sampling_site: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT DT (111709, DCM, \"Location of sampling site\"), VM 1, U"""

    location_of_sampling_site_x_offset: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM DT (111710, DCM, \"Location of sampling site X offset\"), VM 1, U"""

    location_of_sampling_site_y_offset: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM DT (111711, DCM, \"Location of sampling site Y offset\"), VM 1, U"""

    location_of_sampling_site_z_offset: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM DT (111712, DCM, \"Location of sampling site Z offset\"), VM 1, U"""

    location_of_sampling_site_row_10: Reference | None = field(default=None, metadata={"row": "10"})
    """Row 10: IMAGE DT (111709, DCM, \"Location of sampling site\"), VM 1, U"""
