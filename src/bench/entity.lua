-- wrk script: GET a random one of ENTITIES entity descriptions as Turtle, from our server (path) or plain Fuseki (DESCRIBE).
local mode = os.getenv("MODE") or "ours"
local entities = tonumber(os.getenv("ENTITIES") or "2000")
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local id = math.random(1, entities)
  local path
  if mode == "ours" then
    path = "/resource/model-" .. id
  else
    path = "/ds?query=" .. urlencode("DESCRIBE <https://w3id.org/ai4s-kg/resource/model-" .. id .. ">")
  end
  return wrk.format("GET", path, { ["Accept"] = "text/turtle" })
end
