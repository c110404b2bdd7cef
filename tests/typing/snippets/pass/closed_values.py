"""Enumerated Values take the enum or the string of a member; Defined Terms any string."""

from __future__ import annotations

from dicomodel.enums import MRAcquisitionType
from dicomodel.iods import MRImage, Segmentation
from dicomodel.iods.mr_image import PhotometricInterpretation


def monochrome(image: MRImage) -> None:
    image.PhotometricInterpretation = "MONOCHROME2"
    image.PhotometricInterpretation = PhotometricInterpretation.MONOCHROME1
    image.MRAcquisitionType = MRAcquisitionType.V2D
    image.MRAcquisitionType = "3D"


def labelmap(segmentation: Segmentation) -> None:
    segmentation.PhotometricInterpretation = "PALETTE COLOR"
    segmentation.SegmentationType = "LABELMAP"
