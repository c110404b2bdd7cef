"""Enhanced PET Isotope Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope as _RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope,
    )
else:
    from dicomodel.lazy import Lazy

    _RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope = Lazy(
        "dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope",
        "RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadionuclideCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope as RadiopharmaceuticalInformationSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EnhancedPETIsotopeModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
]


class EnhancedPETIsotopeModule(DicomModel):
    """Enhanced PET Isotope Module Attributes (PS3.3 Table C.8.22-9)."""

    dicom_name: ClassVar[str] = "Enhanced PET Isotope"
    dicom_table: ClassVar[str] = "table_C.8.22-9"

    RadiopharmaceuticalInformationSequence: Annotated[
        list[_RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope],
        Attribute(0x00540016, "SQ", "1", "1", name="Radiopharmaceutical Information Sequence"),
    ]
    """Radiopharmaceutical Information Sequence (0054,0016): Type 1, VR SQ, VM 1. Sequence of Items that describe isotope information. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdministrationRouteCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RadionuclideCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiopharmaceuticalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiopharmaceuticalInformationSequenceItem": (
        "dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope",
        "RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope",
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
