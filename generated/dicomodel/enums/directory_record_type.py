"""Enumerated Values and Defined Terms of Directory Record Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DirectoryRecordType",
    "DirectoryRecordTypeValue",
]


class DirectoryRecordType(StrEnum):
    """Enumerated Values of Directory Record Type (0004,1430) in Directory Information Module Attributes (F.3-3)."""

    PATIENT = "PATIENT"
    STUDY = "STUDY"
    SERIES = "SERIES"
    IMAGE = "IMAGE"
    RADIOTHERAPY = "RADIOTHERAPY"
    RT_DOSE = "RT DOSE"
    RT_STRUCTURE_SET = "RT STRUCTURE SET"
    RT_PLAN = "RT PLAN"
    PLAN = "PLAN"
    RT_TREAT_RECORD = "RT TREAT RECORD"
    PRESENTATION = "PRESENTATION"
    WAVEFORM = "WAVEFORM"
    SR_DOCUMENT = "SR DOCUMENT"
    KEY_OBJECT_DOC = "KEY OBJECT DOC"
    SPECTROSCOPY = "SPECTROSCOPY"
    RAW_DATA = "RAW DATA"
    REGISTRATION = "REGISTRATION"
    FIDUCIAL = "FIDUCIAL"
    HANGING_PROTOCOL = "HANGING PROTOCOL"
    ENCAP_DOC = "ENCAP DOC"
    VALUE_MAP = "VALUE MAP"
    STEREOMETRIC = "STEREOMETRIC"
    PALETTE = "PALETTE"
    IMPLANT = "IMPLANT"
    IMPLANT_GROUP = "IMPLANT GROUP"
    IMPLANT_ASSY = "IMPLANT ASSY"
    MEASUREMENT = "MEASUREMENT"
    SURFACE = "SURFACE"
    SURFACE_SCAN = "SURFACE SCAN"
    TRACT = "TRACT"
    ASSESSMENT = "ASSESSMENT"
    ANNOTATION = "ANNOTATION"
    INVENTORY = "INVENTORY"
    PRIVATE = "PRIVATE"
    """Privately defined record hierarchy position. Type shall be defined by Private Record UID (0004,1432)."""


if TYPE_CHECKING:
    DirectoryRecordTypeValue: TypeAlias = (
        DirectoryRecordType
        | Literal[
            "PATIENT",
            "STUDY",
            "SERIES",
            "IMAGE",
            "RADIOTHERAPY",
            "RT DOSE",
            "RT STRUCTURE SET",
            "RT PLAN",
            "PLAN",
            "RT TREAT RECORD",
            "PRESENTATION",
            "WAVEFORM",
            "SR DOCUMENT",
            "KEY OBJECT DOC",
            "SPECTROSCOPY",
            "RAW DATA",
            "REGISTRATION",
            "FIDUCIAL",
            "HANGING PROTOCOL",
            "ENCAP DOC",
            "VALUE MAP",
            "STEREOMETRIC",
            "PALETTE",
            "IMPLANT",
            "IMPLANT GROUP",
            "IMPLANT ASSY",
            "MEASUREMENT",
            "SURFACE",
            "SURFACE SCAN",
            "TRACT",
            "ASSESSMENT",
            "ANNOTATION",
            "INVENTORY",
            "PRIVATE",
        ]
    )
else:
    DirectoryRecordTypeValue = DirectoryRecordType
"""A value of DirectoryRecordType: the enum or the string of one of its members."""
