"""PS3.3 2024c: attribute trees, includes, values and context groups on the real tables."""

from __future__ import annotations

from generator.ir.modules import (
    AttributeType,
    AttributeUse,
    ContextGroupKind,
    PlaceholderKind,
    ValueKind,
)
from generator.parse.part03 import Part03

CODE_SEQUENCE = "table_8.8-1"


def _child(attribute: AttributeUse, tag: str) -> AttributeUse:
    (found,) = [child for child in attribute.children if child.tag == tag]
    return found


def test_confocal_mode_and_tissue_location(part03: Part03) -> None:
    module = part03.module("Confocal Microscopy Image")
    assert module.table == "table_C.8.35.1-1"
    mode = module.attribute("(0048,0114)")
    assert (mode.keyword, mode.name, mode.type) == (
        "ConfocalMode",
        "Confocal Mode",
        AttributeType.TYPE_1,
    )
    assert mode.values_for(ValueKind.ENUMERATED) == ("REFLECTANCE", "FLUORESCENCE")
    location = module.attribute("(0048,0115)")
    assert location.keyword == "TissueLocation"
    assert location.values_for(ValueKind.ENUMERATED) == ("INVIVO", "EXVIVO")


def test_image_type_is_specialized_per_module_and_per_value(part03: Part03) -> None:
    general = part03.module("General Image").attribute("(0008,0008)")
    assert general.type is AttributeType.TYPE_3
    assert general.values_for(ValueKind.ENUMERATED, 1) == ("ORIGINAL", "DERIVED")
    assert general.values_for(ValueKind.ENUMERATED, 2) == ("PRIMARY", "SECONDARY")
    assert general.values_for(ValueKind.DEFINED, 3) == ()
    confocal = part03.module("Confocal Microscopy Image").attribute("(0008,0008)")
    assert confocal.type is AttributeType.TYPE_1
    assert confocal.values_for(ValueKind.ENUMERATED, 1) == ("ORIGINAL", "DERIVED")
    assert confocal.values_for(ValueKind.ENUMERATED, 2) == ("PRIMARY",)
    assert confocal.values_for(ValueKind.DEFINED, 3) == ("VOLUME", "THUMBNAIL", "NONTILED")
    assert confocal.values_for(ValueKind.DEFINED, 4) == ("NONE", "RESAMPLED")
    flavors = [v for v in confocal.defined_terms if v.value_index == 3]
    assert flavors[0].source == "table_C.8.35.1.1.1-1"
    ct = part03.module("CT Image").attribute("(0008,0008)")
    assert ct.values_for(ValueKind.DEFINED, 3) == ("AXIAL", "LOCALIZER")
    enhanced = part03.module("Enhanced CT Image").attribute("(0008,0008)")
    assert enhanced.values_for(ValueKind.ENUMERATED, 1) == ("ORIGINAL", "DERIVED", "MIXED")
    assert "ATTENUATION" in enhanced.values_for(ValueKind.DEFINED, 3)  # CT-specific, Table C.8-115
    assert "ANGIO" in enhanced.values_for(ValueKind.DEFINED, 3)  # common, Table C.8-129


def test_modality_defined_terms(part03: Part03) -> None:
    modality = part03.module("General Series").attribute("(0008,0060)")
    assert modality.keyword == "Modality"
    terms = modality.values_for(ValueKind.DEFINED)
    assert {"CFM", "CT", "MR", "SEG", "DMS"} <= set(terms)
    (current, retired) = modality.defined_terms
    assert current.source == "sect_C.7.3.1.1.1"
    assert not any(term.retired for term in current.terms)
    assert all(term.retired for term in retired.terms)
    assert "DS" in retired.values
    cfm = next(term for term in current.terms if term.value == "CFM")
    assert cfm.meaning == "Confocal Microscopy"


def test_code_sequence_macro_inside_sequences_at_depth_two_and_deeper(part03: Part03) -> None:
    segment = part03.module("Segmentation Image").attribute("(0062,0002)")
    category = _child(segment, "(0062,0003)")  # depth 1, from the Segment Description Macro
    assert [ref.table for ref in category.via] == ["table_C.8.20-4"]
    modifier = _child(_child(segment, "(0062,000F)"), "(0062,0011)")  # depth 2
    code_value = _child(modifier, "(0008,0100)")  # depth 3
    assert [ref.table for ref in code_value.via] == [
        "table_C.8.20-4",
        CODE_SEQUENCE,
        "table_8.8-1a",
    ]
    assert code_value.type is AttributeType.TYPE_1C
    assert code_value.condition is not None
    assert code_value.condition.startswith("Shall be present if the code value length is 16")
    meaning = _child(modifier, "(0008,0104)")
    assert meaning.keyword == "CodeMeaning"
    deepest = max(
        (len(path) for path in _paths(part03.module("Segmentation Image").attributes)),
    )
    assert deepest >= 5
    includes = [
        ref for ref in part03.macro("Segment Description").includes if ref.table == CODE_SEQUENCE
    ]
    assert len(includes) == 3


def _paths(
    attributes: tuple[AttributeUse, ...], prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    found = []
    for attribute in attributes:
        path = (*prefix, attribute.tag)
        found.append(path)
        found.extend(_paths(attribute.children, path))
    return found


def test_segment_description_context_groups(part03: Part03) -> None:
    macro = part03.macro("Segment Description")
    assert macro.table == "table_C.8.20-4"
    category = macro.attribute("(0062,0003)")
    assert category.cid_constraint is not None
    assert (category.cid_constraint.kind, category.cid_constraint.cid) == (
        ContextGroupKind.BASELINE,
        7150,
    )
    property_type = macro.attribute("(0062,000F)")
    assert [(c.kind, c.cid) for c in property_type.cid_constraints] == [
        (ContextGroupKind.BASELINE, 7151)
    ]
    modifier = _child(property_type, "(0062,0011)")
    assert [(c.kind, c.cid) for c in modifier.cid_constraints] == [(ContextGroupKind.DEFINED, 244)]
    (include,) = [
        ref for ref in macro.includes if ref.cid_constraints and ref.cid_constraints[0].cid == 7150
    ]
    assert include.table == CODE_SEQUENCE
    assert include.description == "BCID 7150 in PS3.16."


def test_include_with_context_group_in_the_include_cell(part03: Part03) -> None:
    """Table C.8.25.12-1: '>Include Table 8.8-1. DCID 4216 in PS3.16.'"""
    table = part03.table("table_C.8.25.12-1")
    (include,) = [ref for ref in table.includes if ref.cid_constraints]
    assert [(c.kind, c.cid) for c in include.cid_constraints] == [(ContextGroupKind.DEFINED, 4216)]
    sequences = [a for a in table.walk() if any(c.cid == 4216 for c in a.cid_constraints)]
    assert len(sequences) == 1
    assert sequences[0].is_sequence


def test_conditional_includes(part03: Part03) -> None:
    content = part03.macro("Document Content")
    conditions = {ref.table: ref.condition for ref in content.includes}
    assert conditions["table_C.18.1-1"] == "if and only if Value Type (0040,A040) is NUM."
    numeric = next(a for a in content.attributes if a.via and a.via[0].table == "table_C.18.1-1")
    assert numeric.via[0].condition == "if and only if Value Type (0040,A040) is NUM."
    relationship = part03.macro("Document Relationship")
    content_sequence = relationship.attribute("(0040,A730)")
    recursive = [
        p for p in content_sequence.placeholders if p.kind is PlaceholderKind.RECURSIVE_INCLUDE
    ]
    assert [p.include.table for p in recursive if p.include] == ["table_C.17-6"]


def test_rows_after_an_include_extend_the_included_sequence(part03: Part03) -> None:
    """Table C.18.4-1 adds >Referenced Frame Number to the sequence of Table C.18.3-1."""
    sequence = part03.macro("Image Reference").attribute("(0008,1199)")
    assert [ref.table for ref in sequence.via] == ["table_C.18.3-1"]
    tags = [child.tag for child in sequence.children]
    assert tags[:4] == ["(0008,1150)", "(0008,1155)", "(0008,1160)", "(0062,000B)"]
    assert _child(sequence, "(0008,1160)").via == ()


def test_functional_group_placeholders(part03: Part03) -> None:
    module = part03.module("Multi-frame Functional Groups")
    shared = module.attribute("(5200,9229)")
    per_frame = module.attribute("(5200,9230)")
    for sequence in (shared, per_frame):
        assert [p.kind for p in sequence.placeholders] == [PlaceholderKind.FUNCTIONAL_GROUP_MACROS]
        assert sequence.is_sequence


def test_conditions_of_conditional_attributes(part03: Part03) -> None:
    general = part03.module("General Image")
    content_date = general.attribute("(0008,0023)")
    assert content_date.type is AttributeType.TYPE_2C
    assert content_date.condition == (
        "Required if image is part of a Series in which the images are temporally related. "
        "May be present otherwise."
    )
    assert general.attribute("(0020,0013)").condition is None


def test_origin_and_provenance(part03: Part03) -> None:
    module = part03.module("Confocal Microscopy Image")
    assert module.origin.model_dump() == {
        "part": 3,
        "edition": "2024c",
        "table": "table_C.8.35.1-1",
        "section": "sect_C.8.35.1",
    }
    assert module.attribute("(0048,0114)").origin.table == "table_C.8.35.1-1"


def test_module_json_round_trip(part03: Part03) -> None:
    module = part03.module("Segmentation Image")
    text = module.model_dump_json()
    assert type(module).model_validate_json(text) == module
    assert module.model_dump_json() == text
