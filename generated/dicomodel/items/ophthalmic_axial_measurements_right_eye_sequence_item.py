"""Item class OphthalmicAxialMeasurementsRightEyeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pupil_dilated import PupilDilatedValue as _PupilDilatedValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as _MydriaticAgentSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_sequence_item import (
        OphthalmicAxialLengthMeasurementsSequenceItem as _OphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as _OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as _UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _MydriaticAgentSequenceItem = Lazy(
        "dicomodel.items.mydriatic_agent_sequence_item", "MydriaticAgentSequenceItem"
    )
    _OphthalmicAxialLengthMeasurementsSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_measurements_sequence_item",
        "OphthalmicAxialLengthMeasurementsSequenceItem",
    )
    _OpticalSelectedOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
        "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    )
    _PupilDilatedValue = Lazy("dicomodel.enums.pupil_dilated", "PupilDilatedValue")
    _UltrasoundSelectedOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
        "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
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
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensStatusCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VitreousStatusCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as MydriaticAgentSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item import (
        OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_sequence_item import (
        OphthalmicAxialLengthMeasurementsSequenceItem as OphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item import (
        OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LensStatusCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "PupilDilated",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    "VitreousStatusCodeSequenceItem",
]


class OphthalmicAxialMeasurementsRightEyeSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Measurements Right Eye Sequence (0022,1007), as first defined in Ophthalmic Axial Measurements Module Attributes (C.8.25.14-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements Right Eye Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-1"

    LensStatusCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221024, "SQ", "1", "1", name="Lens Status Code Sequence"),
    ]
    """Lens Status Code Sequence (0022,1024): Type 1, VR SQ, VM 1. Lens status of the eye. See Section C.8.25.14.1.1.1 for further explanation. Only a single Item shall be included in this Sequence."""

    LensStatusDescription: Annotated[
        vr.LO | None, Attribute(0x00221065, "LO", "1", "3", name="Lens Status Description")
    ] = None
    """Lens Status Description (0022,1065): Type 3, VR LO, VM 1. A free form text description of Lens Status (0022,1024)."""

    VitreousStatusCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221025, "SQ", "1", "1", name="Vitreous Status Code Sequence"),
    ]
    """Vitreous Status Code Sequence (0022,1025): Type 1, VR SQ, VM 1. Status of the vitreous cavity. See Section C.8.25.14.1.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    VitreousStatusDescription: Annotated[
        vr.LO | None, Attribute(0x00221066, "LO", "1", "3", name="Vitreous Status Description")
    ] = None
    """Vitreous Status Description (0022,1066): Type 3, VR LO, VM 1. A free form text description of Vitreous Status (0022,1025)."""

    PupilDilated: Annotated[
        _PupilDilatedValue | None,
        Attribute(
            0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Pupil Dilated (0022,000D): Type 2, VR CS, VM 1. Whether or not the patient's pupils were pharmacologically dilated for this acquisition Enumerated Values: YES NO If this Attribute is empty, no information is available."""

    DegreeOfDilation: Annotated[
        vr.FL | None,
        Attribute(
            0x0022000E,
            "FL",
            "1",
            "2C",
            name="Degree of Dilation",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Degree of Dilation (0022,000E): Type 2C, VR FL, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. The degree of the dilation in mm. Required if the value of Pupil Dilated (0022,000D) is YES."""

    MydriaticAgentSequence: Annotated[
        list[_MydriaticAgentSequenceItem] | None,
        Attribute(
            0x00220058,
            "SQ",
            "1",
            "2C",
            name="Mydriatic Agent Sequence",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Mydriatic Agent Sequence (0022,0058): Type 2C, VR SQ, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. Information about the agent administered. Zero or more Items shall be included in this Sequence. An empty Sequence indicates that an agent was used for dilation, but the name was not entered."""

    OphthalmicAxialLengthMeasurementsSequence: Annotated[
        list[_OphthalmicAxialLengthMeasurementsSequenceItem],
        Attribute(0x00221050, "SQ", "1", "1", name="Ophthalmic Axial Length Measurements Sequence"),
    ]
    """Ophthalmic Axial Length Measurements Sequence (0022,1050): Type 1, VR SQ, VM 1. Measurements of the axial length of a patient's eye. One or more Items shall be included in this Sequence."""

    UltrasoundSelectedOphthalmicAxialLengthSequence: Annotated[
        list[_UltrasoundSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221230,
            "SQ",
            "1",
            "1C",
            name="Ultrasound Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ultrasound Selected Ophthalmic Axial Length Sequence (0022,1230): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Information related to the selected axial length measurement of the patient's eye when acquired on an ultrasound device. Only a single Item shall be included in this Sequence."""

    OpticalSelectedOphthalmicAxialLengthSequence: Annotated[
        list[_OpticalSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221255,
            "SQ",
            "1",
            "1C",
            name="Optical Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
        ),
    ] = None
    """Optical Selected Ophthalmic Axial Length Sequence (0022,1255): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is OPTICAL. Information related to the selected axial length measurement(s) of the patient's eye when acquired on an optical device. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LensStatusCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentConcentrationUnitsSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MydriaticAgentSequenceItem": (
        "dicomodel.items.mydriatic_agent_sequence_item",
        "MydriaticAgentSequenceItem",
    ),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementModified": (
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModified",
    ),
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item",
        "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
    ),
    "OphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_sequence_item",
        "OphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item",
        "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    ),
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
        "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "OpticalSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
        "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    ),
    "PupilDilated": ("dicomodel.enums.pupil_dilated", "PupilDilated"),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "SelectedTotalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
        "SelectedTotalOphthalmicAxialLengthSequenceItem",
    ),
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
        "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
        "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    ),
    "VitreousStatusCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
