"""Enumerated Values and Defined Terms of Photometric Interpretation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PhotometricInterpretation as PhotometricInterpretation
from dicomodel.enums import (
    PhotometricInterpretationCornealTopographyMapImage as PhotometricInterpretationCornealTopographyMapImage,
)
from dicomodel.enums import (
    PhotometricInterpretationCornealTopographyMapImageValue as PhotometricInterpretationCornealTopographyMapImageValue,
)
from dicomodel.enums import PhotometricInterpretationCRImage as PhotometricInterpretationCRImage
from dicomodel.enums import (
    PhotometricInterpretationCRImageValue as PhotometricInterpretationCRImageValue,
)
from dicomodel.enums import (
    PhotometricInterpretationImageBoxPixelPresentation as PhotometricInterpretationImageBoxPixelPresentation,
)
from dicomodel.enums import (
    PhotometricInterpretationImageBoxPixelPresentationValue as PhotometricInterpretationImageBoxPixelPresentationValue,
)
from dicomodel.enums import (
    PhotometricInterpretationNMImagePixel as PhotometricInterpretationNMImagePixel,
)
from dicomodel.enums import (
    PhotometricInterpretationNMImagePixelValue as PhotometricInterpretationNMImagePixelValue,
)
from dicomodel.enums import (
    PhotometricInterpretationOphthalmicPhotographyImage as PhotometricInterpretationOphthalmicPhotographyImage,
)
from dicomodel.enums import (
    PhotometricInterpretationOphthalmicPhotographyImageValue as PhotometricInterpretationOphthalmicPhotographyImageValue,
)
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.enums import (
    PhotometricInterpretationTermUSImage as PhotometricInterpretationTermUSImage,
)
from dicomodel.enums import PhotometricInterpretationValue as PhotometricInterpretationValue
from dicomodel.enums import PhotometricInterpretationVLImage as PhotometricInterpretationVLImage
from dicomodel.enums import (
    PhotometricInterpretationVLImageValue as PhotometricInterpretationVLImageValue,
)
from dicomodel.enums import (
    PhotometricInterpretationWholeSlideMicroscopyImage as PhotometricInterpretationWholeSlideMicroscopyImage,
)
from dicomodel.enums import (
    PhotometricInterpretationWholeSlideMicroscopyImageValue as PhotometricInterpretationWholeSlideMicroscopyImageValue,
)

__all__ = [
    "PhotometricInterpretation",
    "PhotometricInterpretationCRImage",
    "PhotometricInterpretationCRImageValue",
    "PhotometricInterpretationCornealTopographyMapImage",
    "PhotometricInterpretationCornealTopographyMapImageValue",
    "PhotometricInterpretationImageBoxPixelPresentation",
    "PhotometricInterpretationImageBoxPixelPresentationValue",
    "PhotometricInterpretationNMImagePixel",
    "PhotometricInterpretationNMImagePixelValue",
    "PhotometricInterpretationOphthalmicPhotographyImage",
    "PhotometricInterpretationOphthalmicPhotographyImageValue",
    "PhotometricInterpretationTerm",
    "PhotometricInterpretationTermUSImage",
    "PhotometricInterpretationVLImage",
    "PhotometricInterpretationVLImageValue",
    "PhotometricInterpretationValue",
    "PhotometricInterpretationWholeSlideMicroscopyImage",
    "PhotometricInterpretationWholeSlideMicroscopyImageValue",
]
