/**
 * An exported SVG drawn into a canvas at 1x, 2x or 3x and saved as PNG. Runs in the browser.
 */

/**
 * @example await svgToPng(svg, 1200, 700, 2) // -> Blob of a 2400x1400 PNG
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw to a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`a ${canvas.width}x${canvas.height} picture is too large to save`);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
