package org.landcon.web.internal.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.LimitedInputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Receives an uploaded plan package (the raw .zip as the body, {@code application/zip} or
 * {@code application/octet-stream}) into a temporary file, counting bytes as they arrive: a body
 * past the limit is cut off with 413 and its file deleted, whatever Content-Length claimed.
 */
public final class UploadReceiver {
    private final PlanFiles files;
    private final long limit;

    public UploadReceiver(PlanFiles files, long limitBytes) {
        this.files = files;
        this.limit = limitBytes;
    }

    /** The upload as a file the caller must delete. */
    public Path receive(HttpServletRequest req) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/zip") && !type.startsWith("application/octet-stream")
                && !type.startsWith("application/x-zip-compressed")) {
            throw new ApiException(415, "请以 application/zip 上传规划数据包（.zip）",
                    "upload the plan package (.zip) as application/zip; got " + (type.isEmpty() ? "no content type" : type));
        }
        if (req.getContentLengthLong() > limit) {
            throw tooLarge();
        }
        Path file = files.newUpload();
        try (InputStream in = new LimitedInputStream(req.getInputStream(), limit);
                OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (LimitedInputStream.LimitExceeded e) {
            Files.deleteIfExists(file);
            throw tooLarge();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw ApiException.badRequest("上传内容为空", "the upload is empty");
        }
        return file;
    }

    private ApiException tooLarge() {
        long mb = limit / (1024 * 1024);
        return new ApiException(413, "数据包超过 " + mb + " MB 的上传限制，未保存", "the package exceeds the upload limit of "
                + mb + " MB; nothing was stored");
    }
}
