#!/usr/bin/python3
"""Writes a Sentinel-2 L2A .SAFE (compact naming, lossless JPEG2000 per band, 1024² tiles: B02 B03 B04 B08 at
10 m; B11 B12 SCL at 20 m) from a `corridorwatch samples generate --sensor sentinel2` GeoTIFF, in the layout of the
test fixture SafeProductWriter (the XML GDAL's SENTINEL2 driver reads).
Usage: make-products.py SAMPLE.tif OUTDIR [TILE_PX]  (TILE_PX: JPEG2000 tile size, default 1024)"""
import os
import sys

from osgeo import gdal

gdal.UseExceptions()
src_path, out = sys.argv[1], sys.argv[2]
tile_px = sys.argv[3] if len(sys.argv) > 3 else "1024"
src = gdal.Open(src_path)
md = src.GetMetadata()
date, time, base = md["ACQUISITION_DATE"], md["ACQUISITION_TIME_UTC"], md["PROCESSING_BASELINE"]
ymd, sensing = date.replace("-", ""), date.replace("-", "") + "T" + time.replace(":", "") + "00"
tile, epsg = "T29PQQ", 32629
safe = f"{out}/S2B_MSIL2A_{sensing}_N{base.replace('.', '')}_R008_{tile}_{ymd}T120000.SAFE"
granule = f"L2A_{tile}_A044123_{sensing}"
img = f"{safe}/GRANULE/{granule}/IMG_DATA"
w, h, gt = src.RasterXSize, src.RasterYSize, src.GetGeoTransform()
files = []
for name, band, res in (("B02", 1, 10), ("B03", 2, 10), ("B04", 3, 10), ("B08", 4, 10), ("B11", 5, 20), ("B12", 6, 20),
                        ("SCL", 7, 20)):
    rel = f"GRANULE/{granule}/IMG_DATA/R{res}m/{tile}_{sensing}_{name}_{res}m"
    os.makedirs(os.path.dirname(f"{safe}/{rel}"), exist_ok=True)
    f = res // 10
    gdal.Translate(f"{safe}/{rel}.jp2", src, format="JP2OpenJPEG", bandList=[band], width=w // f, height=h // f,
                   resampleAlg="nearest" if name == "SCL" or f == 1 else "average", noData="none",
                   creationOptions=["REVERSIBLE=YES", "QUALITY=100", "YCBCR420=NO", "BLOCKXSIZE=" + tile_px, "BLOCKYSIZE=" + tile_px])
    if os.path.exists(f"{safe}/{rel}.jp2.aux.xml"):
        os.remove(f"{safe}/{rel}.jp2.aux.xml")
    files.append(f"            <IMAGE_FILE>{rel}</IMAGE_FILE>")
start = f"{date}T{time}:00.024Z"
offsets = "\n".join(f'        <BOA_ADD_OFFSET band_id="{i}">-1000</BOA_ADD_OFFSET>' for i in range(13))
open(f"{safe}/MTD_MSIL2A.xml", "w").write(f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
  <n1:General_Info>
    <Product_Info>
      <PRODUCT_START_TIME>{start}</PRODUCT_START_TIME>
      <PRODUCT_STOP_TIME>{start}</PRODUCT_STOP_TIME>
      <PRODUCT_URI>{os.path.basename(safe)}</PRODUCT_URI>
      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>
      <PROCESSING_BASELINE>{base}</PROCESSING_BASELINE>
      <GENERATION_TIME>{date}T12:00:00.000000Z</GENERATION_TIME>
      <Datatake datatakeIdentifier="GS2B_{sensing}_044123_N{base}">
        <SPACECRAFT_NAME>Sentinel-2B</SPACECRAFT_NAME>
        <DATATAKE_TYPE>INS-NOBS</DATATAKE_TYPE>
        <DATATAKE_SENSING_START>{start}</DATATAKE_SENSING_START>
        <SENSING_ORBIT_NUMBER>8</SENSING_ORBIT_NUMBER>
        <SENSING_ORBIT_DIRECTION>DESCENDING</SENSING_ORBIT_DIRECTION>
      </Datatake>
      <Query_Options completeSingleTile="true"><PRODUCT_FORMAT>SAFE_COMPACT</PRODUCT_FORMAT></Query_Options>
      <Product_Organisation>
        <Granule_List>
          <Granule datastripIdentifier="SYNTHETIC_DS" granuleIdentifier="SYNTHETIC_TL" imageFormat="JPEG2000">
{chr(10).join(files)}
          </Granule>
        </Granule_List>
      </Product_Organisation>
    </Product_Info>
    <Product_Image_Characteristics>
      <Special_Values><SPECIAL_VALUE_TEXT>NODATA</SPECIAL_VALUE_TEXT><SPECIAL_VALUE_INDEX>0</SPECIAL_VALUE_INDEX></Special_Values>
      <Special_Values><SPECIAL_VALUE_TEXT>SATURATED</SPECIAL_VALUE_TEXT><SPECIAL_VALUE_INDEX>65535</SPECIAL_VALUE_INDEX></Special_Values>
      <QUANTIFICATION_VALUES_LIST>
        <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE>
        <AOT_QUANTIFICATION_VALUE unit="none">1000.0</AOT_QUANTIFICATION_VALUE>
        <WVP_QUANTIFICATION_VALUE unit="cm">1000.0</WVP_QUANTIFICATION_VALUE>
      </QUANTIFICATION_VALUES_LIST>
      <BOA_ADD_OFFSET_VALUES_LIST>
{offsets}
      </BOA_ADD_OFFSET_VALUES_LIST>
    </Product_Image_Characteristics>
  </n1:General_Info>
</n1:Level-2A_User_Product>
""")
geo = "".join(f'      <Size resolution="{r}"><NROWS>{(h + r // 10 - 1) // (r // 10)}</NROWS><NCOLS>{(w + r // 10 - 1) // (r // 10)}</NCOLS></Size>\n'
              for r in (10, 20, 60))
geo += "".join(f'      <Geoposition resolution="{r}"><ULX>{gt[0]:.0f}</ULX><ULY>{gt[3]:.0f}</ULY><XDIM>{r}</XDIM><YDIM>{-r}</YDIM></Geoposition>\n'
               for r in (10, 20, 60))
open(f"{safe}/GRANULE/{granule}/MTD_TL.xml", "w").write(f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<n1:Level-2A_Tile_ID xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/S2_PDI_Level-2A_Tile_Metadata.xsd">
  <n1:General_Info>
    <TILE_ID metadataLevel="Brief">SYNTHETIC_TL</TILE_ID>
    <SENSING_TIME metadataLevel="Standard">{date}T{time}:00.024Z</SENSING_TIME>
  </n1:General_Info>
  <n1:Geometric_Info>
    <Tile_Geocoding metadataLevel="Brief">
      <HORIZONTAL_CS_NAME>WGS84 / UTM zone {epsg - 32600}N</HORIZONTAL_CS_NAME>
      <HORIZONTAL_CS_CODE>EPSG:{epsg}</HORIZONTAL_CS_CODE>
{geo}    </Tile_Geocoding>
  </n1:Geometric_Info>
</n1:Level-2A_Tile_ID>
""")
print("wrote", safe)
