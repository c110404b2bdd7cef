"""Enumerated Values and Defined Terms of Continuity of Content.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContinuityOfContent as ContinuityOfContent
from dicomodel.enums import ContinuityOfContentValue as ContinuityOfContentValue

__all__ = ["ContinuityOfContent", "ContinuityOfContentValue"]
