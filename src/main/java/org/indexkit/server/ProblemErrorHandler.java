package org.indexkit.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.indexkit.json.RecipeJson;

/**
 * Errors Jetty raises itself, before or after IndexKit's routes (a connection cut mid-request, a
 * stop while a request is in flight), answered as problem+json like every other error, without
 * Jetty's HTML page that names exception classes. While the server stops, the answer is 503.
 */
final class ProblemErrorHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                               List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
    boolean stopping = request.getConnectionMetaData().getConnector().getServer().isStopping();
    ApiProblem p = stopping
        ? ApiProblem.stopping()
        : ApiProblem.of(code, "http-" + code, HttpStatus.getMessage(code), null, null);
    response.setStatus(p.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, IndexKitServer.PROBLEM_JSON);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(RecipeJson.MAPPER.writeValueAsBytes(p)), callback);
    return true;
  }
}
