"""PET Isotope Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intervention_drug_information_sequence_item_pet_isotope import (
        InterventionDrugInformationSequenceItemPETIsotope as _InterventionDrugInformationSequenceItemPETIsotope,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemPETIsotope as _RadiopharmaceuticalInformationSequenceItemPETIsotope,
    )
else:
    from dicomodel.lazy import Lazy

    _InterventionDrugInformationSequenceItemPETIsotope = Lazy(
        "dicomodel.items.intervention_drug_information_sequence_item_pet_isotope",
        "InterventionDrugInformationSequenceItemPETIsotope",
    )
    _RadiopharmaceuticalInformationSequenceItemPETIsotope = Lazy(
        "dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope",
        "RadiopharmaceuticalInformationSequenceItemPETIsotope",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterventionDrugCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadionuclideCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.intervention_drug_information_sequence_item_pet_isotope import (
        InterventionDrugInformationSequenceItemPETIsotope as InterventionDrugInformationSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemPETIsotope as RadiopharmaceuticalInformationSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionDrugInformationSequenceItem",
    "MappingResourceTerm",
    "PETIsotopeModule",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
]


class PETIsotopeModule(DicomModel):
    """PET Isotope Module Attributes (PS3.3 Table C.8-61)."""

    dicom_name: ClassVar[str] = "PET Isotope"
    dicom_table: ClassVar[str] = "table_C.8-61"

    RadiopharmaceuticalInformationSequence: Annotated[
        list[_RadiopharmaceuticalInformationSequenceItemPETIsotope] | None,
        Attribute(0x00540016, "SQ", "1", "2", name="Radiopharmaceutical Information Sequence"),
    ]
    """Radiopharmaceutical Information Sequence (0054,0016): Type 2, VR SQ, VM 1. Sequence of Items that describe isotope information. Zero or more Items shall be included in this Sequence."""

    InterventionDrugInformationSequence: Annotated[
        list[_InterventionDrugInformationSequenceItemPETIsotope] | None,
        Attribute(0x00180026, "SQ", "1", "3", name="Intervention Drug Information Sequence"),
    ] = None
    """Intervention Drug Information Sequence (0018,0026): Type 3, VR SQ, VM 1. Sequence of Items that describes the intervention drugs used. One or more Items are permitted in this Sequence."""


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
    "InterventionDrugCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterventionDrugInformationSequenceItem": (
        "dicomodel.items.intervention_drug_information_sequence_item_pet_isotope",
        "InterventionDrugInformationSequenceItemPETIsotope",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RadionuclideCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiopharmaceuticalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiopharmaceuticalInformationSequenceItem": (
        "dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope",
        "RadiopharmaceuticalInformationSequenceItemPETIsotope",
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
