"""Enumerated Values and Defined Terms of Data Representation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DataRepresentation as DataRepresentation
from dicomodel.enums import DataRepresentationValue as DataRepresentationValue

__all__ = ["DataRepresentation", "DataRepresentationValue"]
