"""Presence rules of General Contributing Sources Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralContributingSourcesMacro = (
    "table_10-13",
    (
        (
            "ContributingSOPInstancesReferenceSequence",
            Attribute(
                0x00209529,
                "SQ",
                "1",
                "1C",
                name="Contributing SOP Instances Reference Sequence",
                when=(
                    "unknown",
                    "names no attribute: this SOP Instance is created from other DICOM SOP Instances",
                ),
            ),
            Lazy(
                "dicomodel.items.contributing_sop_instances_reference_sequence_item",
                "ContributingSOPInstancesReferenceSequenceItem",
            ),
        ),
        ("Manufacturer", Attribute(0x00080070, "LO", "1", "2", name="Manufacturer"), None),
        (
            "ManufacturerModelName",
            Attribute(
                0x00081090,
                "LO",
                "1",
                "1C",
                name="Manufacturer's Model Name",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "DeviceSerialNumber",
            Attribute(
                0x00181000,
                "LO",
                "1",
                "1C",
                name="Device Serial Number",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "SoftwareVersions",
            Attribute(
                0x00181020,
                "LO",
                "1-n",
                "1C",
                name="Software Versions",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "DateOfManufacture",
            Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture"),
            None,
        ),
        (
            "DateOfInstallation",
            Attribute(0x00181205, "DA", "1", "3", name="Date of Installation"),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(
                0x0008002A,
                "DT",
                "1",
                "1C",
                name="Acquisition DateTime",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "StationName",
            Attribute(
                0x00081010,
                "SH",
                "1",
                "1C",
                name="Station Name",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "OperatorsName",
            Attribute(
                0x00081070,
                "PN",
                "1-n",
                "1C",
                name="Operators' Name",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "OperatorIdentificationSequence",
            Attribute(
                0x00081072,
                "SQ",
                "1",
                "1C",
                name="Operator Identification Sequence",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "ProtocolName",
            Attribute(
                0x00181030,
                "LO",
                "1",
                "1C",
                name="Protocol Name",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "PerformedProtocolCodeSequence",
            Attribute(
                0x00400260,
                "SQ",
                "1",
                "1C",
                name="Performed Protocol Code Sequence",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AcquisitionProtocolName",
            Attribute(
                0x00189423,
                "LO",
                "1",
                "1C",
                name="Acquisition Protocol Name",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
    ),
)
