"""Enumerated Values and Defined Terms of Selector Attribute VR.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.enums import SelectorAttributeVRValue as SelectorAttributeVRValue

__all__ = ["SelectorAttributeVR", "SelectorAttributeVRValue"]
