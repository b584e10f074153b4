// The real jar as the tests' server: started on a free port over HTTP, with a throw-away user home.
import { spawn } from "node:child_process";

/** Starts `java -jar target/indexkit.jar serve --http --port 0`; resolves to {server, base} once it prints its address. */
export function startServer(root) {
  const server = spawn("java", ["-Duser.home=" + root + "target/test-home", "-jar", root + "target/indexkit.jar", "serve", "--http", "--port", "0"],
    { cwd: root });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("the server did not start: " + out)), 60_000);
    server.stdout.on("data", (d) => {
      out += d;
      const m = /serving on (http:\/\/localhost:\d+)\//.exec(out);
      if (m) { clearTimeout(timer); resolve({ server, base: m[1] }); }
    });
    server.on("exit", (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
}
