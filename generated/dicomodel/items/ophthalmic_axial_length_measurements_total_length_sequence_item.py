"""Item class OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModifiedValue as _OphthalmicAxialLengthMeasurementModifiedValue,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as _OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as _UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthMeasurementModifiedValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModifiedValue",
    )
    _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    )
    _OpticalOphthalmicAxialLengthMeasurementsSequenceItem = Lazy(
        "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
        "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    )
    _UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem = Lazy(
        "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
        "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]


class OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Length Measurements Total Length Sequence (0022,1210), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Measurements Total Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement acquired, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementModified: Annotated[
        _OphthalmicAxialLengthMeasurementModifiedValue,
        Attribute(
            0x00221140,
            "CS",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurement Modified",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Ophthalmic Axial Length Measurement Modified (0022,1140): Type 1, VR CS, VM 1. Whether or not the clinician intervened to modify the output of the device. For example by forcing it to select a different peak in the display. Enumerated Values: YES NO"""

    ReferencedOphthalmicAxialLengthMeasurementQCImageSequence: Annotated[
        list[_OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem],
        Attribute(
            0x00221330,
            "SQ",
            "1",
            "1",
            name="Referenced Ophthalmic Axial Length Measurement QC Image Sequence",
        ),
    ]
    """Referenced Ophthalmic Axial Length Measurement QC Image Sequence (0022,1330): Type 1, VR SQ, VM 1. Reference to the quality control image associated with this measurement. Only a single Item shall be included in this Sequence. See Section C.8.25.14.1.1.6 for further explanation."""

    UltrasoundOphthalmicAxialLengthMeasurementsSequence: Annotated[
        list[_UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem] | None,
        Attribute(
            0x00221220,
            "SQ",
            "1",
            "1C",
            name="Ultrasound Ophthalmic Axial Length Measurements Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ultrasound Ophthalmic Axial Length Measurements Sequence (0022,1220): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Related information about an axial length measurement being performed on an ultrasound device. Only a single Item shall be included in this Sequence. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND."""

    OpticalOphthalmicAxialLengthMeasurementsSequence: Annotated[
        list[_OpticalOphthalmicAxialLengthMeasurementsSequenceItem] | None,
        Attribute(
            0x00221225,
            "SQ",
            "1",
            "1C",
            name="Optical Ophthalmic Axial Length Measurements Sequence",
            when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
        ),
    ] = None
    """Optical Ophthalmic Axial Length Measurements Sequence (0022,1225): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is OPTICAL. Related information about an axial length measurement being performed on an optical device. Only a single Item shall be included in this Sequence. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is OPTICAL."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementModified": (
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModified",
    ),
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
        "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
        "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
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
