"""TID 4102 Chest CAD Composite Feature.

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
    from dicomodel.templates import tid4019, tid4022, tid4103, tid4104, tid4108

__all__ = [
    "TEMPLATE",
    "ChestCADCompositeFeature",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4102",
    name="Chest CAD Composite Feature",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111015", "Composite Feature"),
            values=(("cid", "D", "6101"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112023", "Composite Feature Modifier"),
            values=(("cid", "D", "6102"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112050", "Anatomic Identifier"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112003", "Associated Chest Component"),
            condition='Shall be present IFF value of Row 1 = (112005, DCM, "Radiographic anatomy")',
            condition_status="parsed",
            required_if=("row_code", "1", (("112005", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("112005", "DCM"),))),
            values=(("cid", "D", "6100"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112037", "Non-lesion Modifier"),
            condition='May be present IFF value of Row 1 = (111102, DCM, "Non-lesion")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111102", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111102", "DCM"),))),
            values=(("cid", "D", "6139"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112038", "Osseous Modifier"),
            condition="May be present IFF value of Row 2 is from DCID 6114 “Osseous Anatomy Finding or Feature”",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: value of Row 2 is from DCID 6114 “Osseous Anatomy Finding or Feature”",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: value of Row 2 is from DCID 6114 “Osseous Anatomy Finding or Feature”",
                ),
            ),
            values=(("cid", "D", "6115"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112016", "Baseline Category"),
            values=(("cid", "D", "6145"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="4022",
            condition="Shall be present IFF this feature is duplicated from a different report than its parent.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: this feature is duplicated from a different report than its parent",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: this feature is duplicated from a different report than its parent",
                ),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="4019",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS PROPERTIES",
            include="4103",
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4102",
            vm_min=1,
            vm_max=None,
            condition="At least two items shall be present: two of Row 13, two of Row 14, or one of each.",
            condition_status="parsed",
            count=("count_at_least", ("13", "14"), 2),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4104",
            vm_min=1,
            vm_max=None,
            condition="At least two items shall be present: two of Row 13, two of Row 14, or one of each.",
            condition_status="parsed",
            count=("count_at_least", ("13", "14"), 2),
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADCompositeFeature(TemplatePart):
    """TID 4102 Chest CAD Composite Feature."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6101Code
    """The value of row 1 (CODE)."""

    composite_feature_modifier: groups.Cid6102Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (112023, DCM, \"Composite Feature Modifier\"), VM 1, U; values DCID 6102"""

    anatomic_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (112050, DCM, \"Anatomic Identifier\"), VM 1, U"""

    associated_chest_component: groups.Cid6100Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (112003, DCM, \"Associated Chest Component\"), VM 1, MC: Shall be present IFF value of Row 1 = (112005, DCM, \"Radiographic anatomy\"); values DCID 6100"""

    non_lesion_modifier: groups.Cid6139Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (112037, DCM, \"Non-lesion Modifier\"), VM 1, UC: May be present IFF value of Row 1 = (111102, DCM, \"Non-lesion\"); values DCID 6139"""

    osseous_modifier: groups.Cid6115Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (112038, DCM, \"Osseous Modifier\"), VM 1, UC: May be present IFF value of Row 2 is from DCID 6114 “Osseous Anatomy Finding or Feature”; values DCID 6115"""

    rendering_intent: groups.Cid6034Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4108, VM 1, U"""

    baseline_category: groups.Cid6145Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (112016, DCM, \"Baseline Category\"), VM 1, U; values DCID 6145"""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 4022, VM 1, MC: Shall be present IFF this feature is duplicated from a different report than its parent."""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 4019, VM 1, M"""

    chest_cad_composite_feature_body: tid4103.ChestCADCompositeFeatureBody = field(
        metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 4103, VM 1, M"""

    chest_cad_composite_feature: list[ChestCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 4102, VM 1-n, MC: At least two items shall be present: two of Row 13, two of Row 14, or one of each."""

    chest_cad_single_image_finding: list[tid4104.ChestCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 4104, VM 1-n, MC: At least two items shall be present: two of Row 13, two of Row 14, or one of each."""
