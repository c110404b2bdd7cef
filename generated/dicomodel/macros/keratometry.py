"""Keratometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as _SteepKeratometricAxisSequenceItemIntraocularLensCalculations,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SteepKeratometricAxisSequenceItemIntraocularLensCalculations = Lazy(
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as KeratometryMeasurementTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as FlatKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FlatKeratometricAxisSequenceItem",
    "KeratometryMacro",
    "KeratometryMeasurementTypeCodeSequenceItem",
    "MappingResourceTerm",
    "SteepKeratometricAxisSequenceItem",
]


class KeratometryMacro(DicomModel):
    """Keratometry Macro Attributes (PS3.3 Table C.8.25.16-3)."""

    dicom_name: ClassVar[str] = "Keratometry"
    dicom_table: ClassVar[str] = "table_C.8.25.16-3"

    SteepKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
    ]
    """Steep Keratometric Axis Sequence (0046,0074): Type 1, VR SQ, VM 1. Steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
    ]
    """Flat Keratometric Axis Sequence (0046,0080): Type 1, VR SQ, VM 1. Flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    KeratometryMeasurementTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00221096, "SQ", "1", "2", name="Keratometry Measurement Type Code Sequence"),
    ]
    """Keratometry Measurement Type Code Sequence (0022,1096): Type 2, VR SQ, VM 1. Descriptors relevant to keratometry data. Zero or one Item shall be included in this Sequence."""

    KeratometerIndex: Annotated[
        vr.FL | None, Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index")
    ]
    """Keratometer Index (0022,1033): Type 2, VR FL, VM 1. The translation factor specific to each keratometer that derives a number for power from the measured radius of curvature of the cornea."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FlatKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    ),
    "KeratometryMeasurementTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SteepKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
        "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
