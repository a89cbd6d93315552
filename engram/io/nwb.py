"""Read and write NWB files with calcium traces in an ``ophys`` processing module.

Orientation: a ``RoiResponseSeries`` stores data as *time x ROIs* (NWB convention); it is transposed to
cells x frames on reading. The trace series is the first ``RoiResponseSeries`` inside a ``DfOverF``
container, else inside a ``Fluorescence`` container, else a bare one; a series whose name contains
``deconv`` is taken as deconvolved activity. Frame times come from ``timestamps`` or from
``starting_time`` and ``rate``. The number of columns must equal the number of ROIs the series refers to.
"""

from __future__ import annotations

import os
import warnings
from datetime import datetime, timezone

import numpy as np

from engram.exceptions import EngramFormatError, EngramInputError
from engram.io._common import RawSession, finalize, resolve_fps

__all__ = ["read_nwb", "write_nwb"]


def _series_in(module):
    from pynwb.ophys import DfOverF, Fluorescence, RoiResponseSeries

    dff, fluo, bare = [], [], []
    for obj in module.data_interfaces.values():
        if isinstance(obj, RoiResponseSeries):
            bare.append(obj)
        elif isinstance(obj, DfOverF):
            dff.extend(obj.roi_response_series.values())
        elif isinstance(obj, Fluorescence):
            fluo.extend(obj.roi_response_series.values())
    return dff + fluo + bare


def read_nwb(path: str, *, fps: float | None = None, on_invalid: str = "error") -> RawSession:
    """Read the ophys ``RoiResponseSeries`` of an NWB file (time x ROIs) into cells x frames."""
    from pynwb import NWBHDF5IO

    if not os.path.isfile(path):
        raise EngramInputError(f"{path}: file does not exist")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            io = NWBHDF5IO(path, "r")
            nwb = io.read()
    except Exception as exc:  # pynwb/hdmf raise many types for a broken file
        raise EngramFormatError(f"{path}: not a readable NWB file ({type(exc).__name__}: {exc})") from None
    try:
        modules = list(nwb.processing.values())
        modules.sort(key=lambda m: m.name != "ophys")
        series = []
        for module in modules:
            series = _series_in(module)
            if series:
                break
        if not series:
            raise EngramFormatError(f"{path}: no RoiResponseSeries in any processing module (expected 'ophys')")
        main = [s for s in series if "deconv" not in s.name.lower()]
        deconv = [s for s in series if "deconv" in s.name.lower()]
        if not main:
            raise EngramFormatError(f"{path}: only deconvolved RoiResponseSeries found, no traces")
        trace = main[0]
        data = np.asarray(trace.data[()])
        n_rois = len(trace.rois) if trace.rois is not None else None
        if data.ndim == 1:
            data = data[:, None]
        if data.ndim != 2:
            raise EngramFormatError(f"{path}: {trace.name} data must be 2-D (time x ROIs), got {data.shape}")
        if n_rois is not None and data.shape[1] != n_rois:
            hint = " (stored ROIs x time? NWB requires time x ROIs)" if data.shape[0] == n_rois else ""
            raise EngramFormatError(
                f"{path}: {trace.name} has {data.shape[1]} columns but refers to {n_rois} ROIs{hint}"
            )
        times = None
        file_fps = None
        if trace.timestamps is not None:
            times = np.asarray(trace.timestamps[()], dtype=np.float64)
            if times.size != data.shape[0]:
                raise EngramInputError(
                    f"{path}: length mismatch: {trace.name} has {data.shape[0]} frames but {times.size} timestamps"
                )
            if times.size > 1:
                file_fps = 1.0 / float(np.median(np.diff(times)))
        elif trace.rate is not None:
            file_fps = float(trace.rate)
            times = float(trace.starting_time or 0.0) + np.arange(data.shape[0]) / file_fps
        rate = resolve_fps(path, file_fps, fps)
        if times is None:
            times = np.arange(data.shape[0]) / rate
        s = None
        if deconv:
            s = np.asarray(deconv[0].data[()])
            if s.shape != data.shape:
                raise EngramInputError(f"{path}: length mismatch: {deconv[0].name} {s.shape} vs {trace.name} {data.shape}")
            s = s.T
        return finalize(path, data.T, rate, deconvolved=s, times=times, on_invalid=on_invalid)
    finally:
        io.close()


def write_nwb(
    path: str,
    traces: np.ndarray,
    fps: float,
    spikes: np.ndarray | None = None,
    *,
    mouse: str = "mouse",
    session: str = "session",
    use_timestamps: bool = False,
    time_first: bool = True,
) -> None:
    """Write ``traces`` (cells x frames) as a ``DfOverF`` RoiResponseSeries (stored time x ROIs).

    ``time_first=False`` stores the data ROIs x time, which violates NWB; it exists to test the reader.
    """
    from pynwb import NWBHDF5IO, NWBFile
    from pynwb.ophys import DfOverF, Fluorescence, ImageSegmentation, OpticalChannel, RoiResponseSeries

    traces = np.asarray(traces, dtype=np.float32)
    n, t = traces.shape
    nwb = NWBFile(
        session_description=f"{mouse} {session}",
        identifier=f"{mouse}-{session}",
        session_start_time=datetime(2026, 1, 1, tzinfo=timezone.utc),
    )
    device = nwb.create_device(name="Miniscope")
    channel = OpticalChannel(name="green", description="GCaMP", emission_lambda=525.0)
    plane = nwb.create_imaging_plane(
        name="ImagingPlane", optical_channel=channel, imaging_rate=float(fps), description="dorsal CA1",
        device=device, excitation_lambda=470.0, indicator="GCaMP6f", location="CA1",
    )
    module = nwb.create_processing_module(name="ophys", description="calcium traces")
    seg = ImageSegmentation()
    module.add(seg)
    ps = seg.create_plane_segmentation(name="PlaneSegmentation", description="ROIs", imaging_plane=plane)
    for i in range(n):
        ps.add_roi(pixel_mask=[(i % 64, i // 64, 1.0)])
    region = ps.create_roi_table_region(region=list(range(n)), description="all ROIs")
    timing = {"timestamps": np.arange(t) / fps} if use_timestamps else {"rate": float(fps), "starting_time": 0.0}
    rrs = RoiResponseSeries(name="RoiResponseSeries", data=traces.T if time_first else traces, rois=region,
                            unit="n.a.", **timing)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The linked table for DynamicTableRegion")
        module.add(DfOverF(roi_response_series=rrs))
    if spikes is not None:
        region2 = ps.create_roi_table_region(region=list(range(n)), description="all ROIs")
        srs = RoiResponseSeries(
            name="Deconvolved", data=np.asarray(spikes, dtype=np.float32).T, rois=region2, unit="n.a.", **timing
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # a second region of the same ROI table
            module.add(Fluorescence(name="Deconvolution", roi_response_series=srs))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with NWBHDF5IO(path, "w") as io:
        io.write(nwb)
